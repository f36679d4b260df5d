/** Prints the major coverage table and the forty-common-majors figure; `npm run eval:majors`. */
import { createKnowledgeService } from "../src/services/knowledge/knowledge-service.js";
import { loadKnowledge } from "../src/services/knowledge/load.js";
import {
	commonMajorsCovered,
	majorCoverage,
	OUTCOMES,
} from "./major-coverage.js";

const data = await loadKnowledge(
	new URL("../knowledge", import.meta.url).pathname,
);
const knowledge = createKnowledgeService(data);
const rows = majorCoverage(knowledge);
const header = [
	"level",
	"majors",
	...OUTCOMES.map((o) => (o === "none" ? "none" : `tier ${o}`)),
];
console.log(`| ${header.join(" | ")} |`);
console.log(`|${header.map(() => "---").join("|")}|`);
for (const [level, row] of Object.entries(rows))
	console.log(
		`| ${[level, row.majors, ...OUTCOMES.map((o) => row[o])].join(" | ")} |`,
	);
const { covered, missed } = commonMajorsCovered(knowledge);
console.log(
	`\ncommon majors with an evidence-labelled recommendation: ${covered.length}/${covered.length + missed.length}`,
);
if (missed.length > 0) console.log(`none: ${missed.join("、")}`);
