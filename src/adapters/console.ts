import { mkdir, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Dispatcher } from "../core/dispatcher.js";
import { type Locale, translator } from "../core/i18n.js";
import { renderText } from "../core/render-text.js";
import type { Choice, Reply } from "../core/reply.js";
import type { Request } from "../core/request.js";

export interface ConsoleOptions {
	dispatcher: Dispatcher;
	input: Readable;
	output: Writable;
	/** User id without the platform (`local`); the user key becomes `console:<id>`. */
	user: string;
	locale: Locale;
	/** One JSON object per input line instead of plain text. */
	json: boolean;
	/** Show a prompt (a terminal); otherwise read line by line until the input ends. */
	interactive: boolean;
	/** Where file replies (CSV, calendar) are saved. */
	filesDir: string;
}

/** Typing `next` (or a shown choice's label, `下一页`) runs that choice, as a button would. */
function choiceNamed(
	shown: readonly Choice[],
	line: string,
): Choice | undefined {
	const typed = line.trim().toLowerCase();
	if (typed === "") return undefined;
	const next = new Set(
		(["zh-CN", "en"] as const).map((l) =>
			translator(l)("records.next").toLowerCase(),
		),
	);
	return shown.find((c) => {
		const label = c.label.toLowerCase();
		return label === typed || (typed === "next" && next.has(label));
	});
}

/** Files in a reply are written to disk; the console shows where. */
async function saveFiles(reply: Reply, dir: string): Promise<string[]> {
	const saved: string[] = [];
	for (const block of reply.blocks) {
		if (block.type !== "file") continue;
		await mkdir(dir, { recursive: true });
		const path = join(dir, basename(block.name));
		await writeFile(path, block.content, "utf8");
		saved.push(path);
	}
	return saved;
}

/**
 * The console chat: a prompt on a terminal, or one message per line on a pipe (exits at end of
 * input). Typing the number of a shown choice runs that choice, as pressing a button would.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
	const { dispatcher, output } = options;
	const key = `console:${options.user}`;
	// On a terminal readline needs the output to show the prompt and echo what is typed.
	const rl = createInterface({
		input: options.input,
		...(options.interactive ? { output } : {}),
		terminal: options.interactive,
		crlfDelay: Number.POSITIVE_INFINITY,
	});
	let lastChoices: Choice[] = [];
	const write = (s: string) => output.write(s);
	const prompt = () => {
		if (options.interactive) rl.prompt();
	};
	rl.setPrompt("> ");

	const handleLine = async (line: string) => {
		const picked = /^\s*(\d{1,2})\s*$/.exec(line);
		const choice = picked
			? lastChoices[Number(picked[1]) - 1]
			: choiceNamed(lastChoices, line);
		const text = choice ? choice.command : line;
		const request: Request = {
			platform: "console",
			user: { key },
			chat: { key, kind: "private" },
			locale: options.locale,
			text,
		};
		const reply = await dispatcher.handle(request);
		lastChoices =
			reply?.blocks.flatMap((b) => (b.type === "choices" ? b.choices : [])) ??
			[];
		const rendered = reply ? renderText(reply, options.locale) : "";
		const files = reply ? await saveFiles(reply, options.filesDir) : [];
		if (options.json) {
			write(
				`${JSON.stringify({ input: line, text: rendered, reply, ...(files.length ? { files } : {}) })}\n`,
			);
		} else if (reply) {
			write(`${rendered}${files.map((f) => `\n→ ${f}`).join("")}\n\n`);
		}
	};

	if (options.interactive)
		write(`${translator(options.locale)("console.welcome")}\n\n`);
	prompt();
	// Lines are handled strictly in order, also when a pipe delivers them faster than replies.
	let chain = Promise.resolve();
	rl.on("line", (line) => {
		chain = chain
			.then(() => handleLine(line))
			.catch((error: unknown) => write(`${String(error)}\n`))
			.then(prompt);
	});
	await new Promise<void>((resolve) => rl.once("close", resolve));
	await chain;
}
