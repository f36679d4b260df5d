import type {
	Certificate,
	ExamRound,
	FaqEntry,
	Major,
	MajorLink,
	MajorRename,
} from "../../src/features/knowledge/knowledge-port.js";
import type { ExamEvent } from "../../src/features/knowledge/schema.js";

/** The counts printed after a build, so a data change that loses records shows at once. */
export function summarize(k: {
	certificates: Certificate[];
	majors: Major[];
	links: MajorLink[];
	exams: ExamRound[];
	events: ExamEvent[];
	faq: FaqEntry[];
	majorRenames: MajorRename[];
}): string {
	const { certificates, links } = k;
	const withOrg = certificates.filter((c) => c.organisation !== null).length;
	return [
		`certificates ${certificates.length} by kind (${(["x", "skill-level", "other"] as const).map((kind) => `${kind} ${certificates.filter((c) => c.kind === kind).length}`).join(", ")})`,
		`  (organisation ${withOrg}, none ${certificates.length - withOrg}, with levels ${certificates.filter((c) => c.levels.length > 0).length})`,
		`majors ${k.majors.length}`,
		`links ${links.length} (${(["official", "description", "school", "article"] as const).map((kind) => `${kind} ${links.filter((l) => l.kind === kind).length}`).join(", ")})`,
		`links by trust (${(["high", "medium", "low"] as const).map((t) => `${t} ${links.filter((l) => l.source.trust === t).length}`).join(", ")})`,
		`exams ${k.exams.length}, exam events ${k.events.length}, faq ${k.faq.length}, major renames ${k.majorRenames.length}`,
	].join("\n");
}
