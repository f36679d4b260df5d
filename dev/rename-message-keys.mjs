// One-off migration, kept for branches written before the message keys were renamed:
//   node dev/rename-message-keys.mjs [paths…]   (default: src commands test bench scripts)
// Renames every quoted old key ("exams.summary_add", 'cmd.cert.summary', `…`) and the two
// template-built prefixes to the names in dev/message-key-renames.tsv (old<TAB>new). Keys
// built some other way (string concatenation, `${…}` elsewhere in the key) are not seen:
// grep for them after running it (test/features/knowledge/import-table.test.ts writes
// "import.empty@-" style codes: those too). Then `npx biome check --write`. Safe to run twice.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const table = new URL("./message-key-renames.tsv", import.meta.url);
const renames = new Map(
	readFileSync(table, "utf8")
		.trim()
		.split("\n")
		.map((line) => line.split("\t")),
);
const templates = [
	["`link.${", "`knowledge.link_${"],
	["`invite.action.${", "`users.invite_action.${"],
];
const paths = process.argv.slice(2);
const files = execFileSync(
	"git",
	[
		"ls-files",
		...(paths.length ? paths : ["src", "commands", "test", "bench", "scripts"]),
	],
	{ encoding: "utf8" },
)
	.split("\n")
	.filter((f) => /\.(ts|mts|js|mjs)$/.test(f));
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const keys = [...renames.keys()].sort((a, b) => b.length - a.length);
const quoted = new RegExp(
	`(["'\`])(${keys.map(escapeRegExp).join("|")})\\1`,
	"g",
);

let changedFiles = 0;
for (const file of files) {
	const before = readFileSync(file, "utf8");
	let after = before.replace(
		quoted,
		(_, q, key) => `${q}${renames.get(key)}${q}`,
	);
	for (const [from, to] of templates) after = after.split(from).join(to);
	if (after !== before) {
		writeFileSync(file, after);
		changedFiles++;
	}
}
console.log(`renamed message keys in ${changedFiles} of ${files.length} files`);
