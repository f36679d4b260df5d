import { readFile } from "node:fs/promises";
import { isAbsolute, join, relative } from "node:path";

/**
 * The parsed JSON at `path`, or `undefined` after pushing to `problems` why it is missing,
 * unreadable or not JSON; `label` names the file in that message.
 */
export async function readKnowledgeFile(
	path: string,
	label: string,
	problems: string[],
): Promise<unknown> {
	let text: string;
	try {
		text = await readFile(path, "utf8");
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		problems.push(
			code === "ENOENT"
				? `${label}: file is missing`
				: `${label}: cannot be read (${code ?? String(error)})`,
		);
		return undefined;
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		problems.push(`${label}: not valid JSON (${(error as Error).message})`);
		return undefined;
	}
}

/** A knowledge file as messages name it: relative to the working directory when inside it. */
export function labelFor(dir: string, file: string): string {
	const full = join(dir, file);
	const rel = relative(process.cwd(), full);
	return rel.startsWith("..") || isAbsolute(rel) ? full : rel;
}
