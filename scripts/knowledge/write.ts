import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { withoutHijackedLinks } from "./sanitize.js";

/** Writes `value` as `outDir/file`: two-space JSON, a final newline, hijacked links removed. */
export function writeKnowledgeFile(
	outDir: string,
	file: string,
	value: unknown,
	hijacked: ReadonlySet<string>,
): void {
	writeFileSync(
		join(outDir, file),
		`${JSON.stringify(withoutHijackedLinks(value, hijacked), null, 2)}\n`,
	);
}
