/**
 * Builds knowledge/*.json from the research data (default `../shared/data`).
 *
 *   npx tsx scripts/build-knowledge.ts [data-dir] [out-dir]
 *
 * Tooling only: the bot reads the committed JSON and never the research data. The output is
 * deterministic, and certificate ids already present in the output directory are kept, so that
 * regenerating after a data change never renumbers what chats and databases refer to.
 * The steps live in scripts/knowledge/; this file only reads, orders and writes.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { fixAuditedLinks } from "./knowledge/audit-fixes.js";
import { addBatchList } from "./knowledge/batch-list.js";
import {
	assignIds,
	buildCertificates,
	certIdLookup,
	readExistingIds,
} from "./knowledge/certificates.js";
import type { CertDrafts } from "./knowledge/drafts.js";
import { buildEvents, withoutRepeats } from "./knowledge/events.js";
import { buildExams, sortRounds } from "./knowledge/exams.js";
import {
	type BatchFact,
	collectFacts,
	type PolicyFact,
} from "./knowledge/facts.js";
import { buildFaq } from "./knowledge/faq.js";
import { buildHandover } from "./knowledge/handover.js";
import { buildLinks } from "./knowledge/links.js";
import { buildMajors } from "./knowledge/majors.js";
import { addMentions } from "./knowledge/mentions.js";
import { LEVELS } from "./knowledge/names.js";
import { addNewsOrganisations } from "./knowledge/news-organisations.js";
import { addPassFacts } from "./knowledge/pass-facts.js";
import {
	buildPass3Links,
	buildSchoolPlanLinks,
	buildStandardLinks,
} from "./knowledge/pass-links.js";
import {
	addPass3Names,
	addPass5Names,
} from "./knowledge/pass3-certificates.js";
import {
	addEventLevels,
	addPass3Mentions,
	addSchoolPlanNames,
	hasDraft,
} from "./knowledge/pass3-mentions.js";
import { buildPass3Rounds } from "./knowledge/pass3-plans.js";
import type { PlanItem } from "./knowledge/plans.js";
import {
	addPlatformSubset,
	checkPlatformByLevel,
	type VslcRecord,
} from "./knowledge/platform.js";
import { buildPolicy } from "./knowledge/policy.js";
import { readCsv, readJson } from "./knowledge/read.js";
import { withReadableTitles } from "./knowledge/readable.js";
import { buildRenames } from "./knowledge/renames.js";
import { hijackedHosts } from "./knowledge/sanitize.js";
import { addSkillLevels, skillLevelRows } from "./knowledge/skill-levels.js";
import { addSource } from "./knowledge/sources.js";
import { summarize } from "./knowledge/summary.js";
import { writeKnowledgeFile } from "./knowledge/write.js";

/** The day the data was last checked against its sources; FAQ `verified` dates use it. */
const VERIFIED_ON = "2026-12-01";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = resolve(repoRoot, process.argv[2] ?? "../shared/data");
const outDir = resolve(repoRoot, process.argv[3] ?? "knowledge");
const csv = (file: string) => readCsv(dataDir, file);
const pass3 = {
	names: csv("pass3/x_certificates_names_pass3.csv"),
	events: csv("pass3/x_cert_exam_events_pass3.csv"),
	plans: csv("pass3/x_cert_exam_plans_pass3.csv"),
	links: csv("pass3/major_certificate_links_pass3.csv"),
	facts: csv("pass3/policy_facts_pass3.csv"),
};
const pass4 = {
	renames: csv("pass4/major_name_old_new_2021.csv"),
	schools: csv("pass4/school_plans_major_certs.csv"),
	standards: csv("pass4/standards_applicable_majors.csv"),
};
const pass5 = {
	policy: csv("pass5/policy_2026_pass5.csv"),
	names: csv("pass5/x_certificates_names_pass5.csv"),
};

// Certificates: each step merges one data file into the drafts. The order is that of the
// sources lists in the output; the organisation is decided by rank, whatever the order.
const drafts: CertDrafts = new Map();
const batchRows = csv("x_certificates_batch1_2.csv");
addBatchList(drafts, batchRows);
addPlatformSubset(
	drafts,
	readJson<VslcRecord[]>(dataDir, "x_certificates_vslc_subset.json"),
	batchRows,
);
checkPlatformByLevel(drafts, csv("x_certificates_vslc_subset_by_level.csv"));
addNewsOrganisations(drafts, csv("x_cert_org_pairs_from_news.csv"));
const eventRows = csv("x_cert_exam_events_from_news.csv");
const verifiedLinkRows = csv("major_certificate_links_verified.csv");
const newsLinkRows = csv("major_certificate_links_from_news.csv");
const plans = readJson<{ items: PlanItem[] }>(
	dataDir,
	"x_cert_exam_plans_and_rules.json",
).items;
addMentions(drafts, {
	events: eventRows,
	verifiedLinks: verifiedLinkRows,
	newsLinks: newsLinkRows,
	plans,
});

addEventLevels(drafts, [...eventRows, ...pass3.events]);
addPass3Names(drafts, pass3.names);
addPass5Names(drafts, pass5.names);
addSkillLevels(drafts, skillLevelRows(pass5.policy, pass3.facts));
addPass3Mentions(drafts, {
	events: pass3.events,
	links: pass3.links,
	plans: pass3.plans,
	standards: pass4.standards,
});
addSchoolPlanNames(drafts, pass4.schools);

const { orderedDrafts, idOf } = assignIds(drafts, readExistingIds(outDir));
const certificates = buildCertificates(drafts, orderedDrafts, idOf);
const certId = certIdLookup(idOf);

const majors = buildMajors(
	csv("majors_vocational_2021_catalog.csv"),
	csv("UNVERIFIED_major_categories_2021.csv"),
);
const links = [
	...fixAuditedLinks(
		buildLinks(verifiedLinkRows, newsLinkRows, majors, certId),
	),
	...buildStandardLinks(pass4.standards, majors, certId),
	...buildPass3Links(pass3.links, majors, certId),
	...buildSchoolPlanLinks(pass4.schools, majors, certId, hasDraft(drafts)),
];
const exams = sortRounds([
	...buildExams(plans, certId),
	...buildPass3Rounds(pass3.plans, certId),
]);
// A round a reliable plan names states its levels too: the card never contradicts its rounds,
// and it cites the plan a level comes from.
for (const round of exams) {
	const cert = certificates.find((c) => c.id === round.certificateId);
	if (!cert || round.source.trust === "low") continue;
	if (round.levels.some((l) => !cert.levels.includes(l)))
		addSource(cert.sources, round.source);
	cert.levels = LEVELS.filter(
		(l) => cert.levels.includes(l) || round.levels.includes(l),
	);
}
const events = withoutRepeats(
	buildEvents([...eventRows, ...pass3.events], certId),
);
const majorRenames = buildRenames(pass4.renames, majors);
const handover = buildHandover(pass3.facts);

const facts = collectFacts(
	readJson<PolicyFact[]>(dataDir, "policy_facts.json"),
	readJson<{ facts: BatchFact[] }>(
		dataDir,
		"x_cert_batch_facts_from_pages.json",
	).facts,
	plans,
);
addPassFacts(facts, pass3.facts, pass5.policy);
const faq = buildFaq(facts, VERIFIED_ON);
const policy = buildPolicy(facts, VERIFIED_ON);

const hijacked = hijackedHosts([
	certificates,
	links,
	exams,
	events,
	faq,
	policy,
	majorRenames,
	handover,
]);
const write = (file: string, value: unknown) =>
	writeKnowledgeFile(outDir, file, withReadableTitles(value), hijacked);
write("certificates.json", certificates);
write("majors.json", majors);
write("links.json", links);
write("exams.json", exams);
write("exam-events.json", events);
write("faq.json", faq);
write("policy.json", policy);
write("major-renames.json", majorRenames);
write("handover.json", handover);

console.log(
	summarize({ certificates, majors, links, exams, events, faq, majorRenames }),
);
