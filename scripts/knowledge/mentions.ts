import { type CertDrafts, draftFor, setOrganisation } from "./drafts.js";
import { eventSource } from "./events.js";
import {
	descriptionSource,
	newsLinkSource,
	profileSource,
} from "./link-sources.js";
import { splitCertNames } from "./names.js";
import { type PlanItem, planSource } from "./plans.js";
import { type CsvRow, col } from "./read.js";
import { addSource } from "./sources.js";

/** 4. Certificates only mentioned by exam events, links and plans. */
export function addMentions(
	drafts: CertDrafts,
	rows: {
		events: CsvRow[];
		verifiedLinks: CsvRow[];
		newsLinks: CsvRow[];
		plans: PlanItem[];
	},
): void {
	for (const row of rows.events)
		for (const n of splitCertNames(col(row, "certificate_name")))
			addSource(draftFor(drafts, n).mentions, eventSource(row));

	for (const row of rows.verifiedLinks) {
		const d = draftFor(drafts, col(row, "certificate_name"));
		addSource(
			d.mentions,
			col(row, "direction") === "major_to_cert"
				? profileSource
				: descriptionSource(d.name),
		);
	}
	for (const row of rows.newsLinks)
		for (const n of splitCertNames(col(row, "certificate_name")))
			addSource(draftFor(drafts, n).mentions, newsLinkSource(row));

	for (const item of rows.plans)
		for (const n of item.certificates) {
			const d = draftFor(drafts, n);
			addSource(d.mentions, planSource(item));
			// A round's certificate gets the organisation the same plan names, if nothing better.
			if (d.organisation === null && item.exam_plans) {
				setOrganisation(d, item.organisation_as_named.split("（")[0] ?? "", 3);
			}
		}
}
