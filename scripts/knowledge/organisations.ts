import { fail } from "./fail.js";

/**
 * Listings that name two organisations run together, as the batch-1 list writes 老年照护's.
 * Each part is written exactly as in the listing; the bot shows them as two names and finds
 * the certificate by either.
 */
const JOINT_LISTINGS: Record<string, string[]> = {
	中国社会福利与养老服务协会北京中福长者文化科技有限公司: [
		"中国社会福利与养老服务协会",
		"北京中福长者文化科技有限公司",
	],
};

/** The organisations in a listing: one name, or the parts of a known joint listing. */
export function organisationsOf(listing: string | null): string[] {
	if (listing === null) return [];
	const parts = JOINT_LISTINGS[listing];
	if (!parts) return [listing];
	if (parts.join("") !== listing) fail(`joint listing ${listing} mis-split`);
	return parts;
}
