import type {
	Certificate,
	ExamRound,
	FaqEntry,
	Major,
	MajorLink,
} from "../../src/core/knowledge-port.js";
import type { ExamEvent } from "../../src/services/knowledge/schema.js";

/** The counts printed after a build, so a data change that loses records shows at once. */
export function summarize(k: {
	certificates: Certificate[];
	majors: Major[];
	links: MajorLink[];
	exams: ExamRound[];
	events: ExamEvent[];
	faq: FaqEntry[];
}): string {
	const { certificates, links } = k;
	const withOrg = certificates.filter((c) => c.organisation !== null).length;
	return [
		`certificates ${certificates.length} (organisation ${withOrg}, none ${certificates.length - withOrg}, with levels ${certificates.filter((c) => c.levels.length > 0).length})`,
		`majors ${k.majors.length}`,
		`links ${links.length} (${(["official", "description", "school", "article"] as const).map((kind) => `${kind} ${links.filter((l) => l.kind === kind).length}`).join(", ")})`,
		`exams ${k.exams.length}, exam events ${k.events.length}, faq ${k.faq.length}`,
	].join("\n");
}
