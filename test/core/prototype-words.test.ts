import { describe, expect, it } from "vitest";
import type { ArgSpec, CommandDef } from "../../src/core/command.js";
import { renderText } from "../../src/core/render-text.js";
import { createTestClient } from "../helpers/test-client.js";

/** Words that name properties of every object: a lookup through a prototype finds them. */
const WORDS = ["__proto__", "constructor", "toString", "hasOwnProperty"];

/** A valid value of each type, for the other arguments, so the word reaches its own parser. */
function sample(spec: ArgSpec): string {
	const named: Record<string, string> = {
		level: "中级",
		"register-by": "2026-12-10",
	};
	if (Object.hasOwn(named, spec.name)) return named[spec.name] as string;
	switch (spec.type) {
		case "date":
			return spec.year === "future" ? "2026-12-20" : "2026-11-01";
		case "number":
		case "integer":
			return String(spec.min ?? 1);
		case "choice":
			return spec.choices?.[0] ?? "x";
		case "user":
			return "telegram:1001";
		default:
			return "前端";
	}
}

interface Leaf {
	path: string[];
	def: CommandDef;
}

function leaves(defs: readonly CommandDef[], prefix: string[] = []): Leaf[] {
	return defs.flatMap((def) => {
		const path = [...prefix, def.name];
		const own = def.run ? [{ path, def }] : [];
		return [...own, ...leaves(def.subcommands ?? [], path)];
	});
}

/** The command line with `word` as `target` and sample values for the required others. */
function line(leaf: Leaf, target: ArgSpec, word: string): string {
	const parts = [`/${leaf.path.join(" ")}`];
	for (const spec of leaf.def.args ?? []) {
		if (spec !== target && !spec.required) continue;
		const value = spec === target ? word : sample(spec);
		parts.push(spec.option ? `${spec.name}=${value}` : value);
	}
	return parts.join(" ");
}

function invocationArgs(leaf: Leaf, target: ArgSpec, word: string) {
	const args: Record<string, string> = {};
	for (const spec of leaf.def.args ?? [])
		if (spec === target) args[spec.name] = word;
		else if (spec.required) args[spec.name] = sample(spec);
	return args;
}

describe("words that name object properties", () => {
	it("are plain data to every argument of every command, typed or structured", async () => {
		const client = await createTestClient();
		await client.grant("telegram:2001", "teacher");
		// Records to edit and delete, so the words reach the field and value parsers.
		for (let i = 0; i < 3; i++)
			await client.say("telegram:2001", "/log training 2 数控编程 2026-11-01", {
				platform: "telegram",
			});
		const all = leaves(client.dispatcher.registry.commands);
		const failures: unknown[] = [];
		const types = new Set<string>();
		let checked = 0;
		const check = async (what: string, answer: Promise<string>) => {
			const before = client.logger.lines.length;
			const text = await answer;
			const errors = client.logger.lines
				.slice(before)
				.filter((l) => l.level === "error")
				.map((l) => String(l.data?.error).split("\n")[0]);
			if (errors.length > 0 || text.includes("出了问题") || text === "")
				failures.push({ what, errors, text: text.slice(0, 80) });
			checked++;
		};
		for (const user of ["console:admin", "telegram:2001", "telegram:3001"]) {
			const platform = user.startsWith("console") ? "console" : "telegram";
			for (const leaf of all) {
				for (const spec of leaf.def.args ?? []) {
					types.add(spec.type);
					for (const word of WORDS) {
						const text = line(leaf, spec, word);
						await check(
							`${user} ${text}`,
							client.say(user, text, { platform }).then((a) => a.text),
						);
						const args = invocationArgs(leaf, spec, word);
						await check(
							`${user} ${leaf.path.join(" ")} ${JSON.stringify(args)}`,
							client.dispatcher
								.handle({
									platform,
									user: { key: user },
									chat: { key: user, kind: "private" },
									locale: "zh-CN",
									invocation: { path: leaf.path, args },
								})
								.then((r) => (r ? renderText(r) : "")),
						);
					}
				}
			}
			// Subcommand names, command names and free text.
			for (const word of WORDS)
				for (const text of [
					`/${word}`,
					word,
					`/teacher ${word}`,
					`/log ${word} 1`,
				])
					await check(
						`${user} ${text}`,
						client.say(user, text, { platform }).then((a) => a.text),
					);
		}
		expect(failures).toEqual([]);
		// Nothing was saved as something else: every added round has the levels it was given.
		const rounds = client.store.data.reminders.rounds;
		expect(rounds.length).toBeGreaterThan(0);
		expect(rounds.filter((r) => r.levels.length === 0)).toEqual([]);
		expect([...types].sort()).toEqual(
			// No command declares `number` any more: /log reads its hours from the line itself.
			["choice", "date", "integer", "string", "text", "user"].sort(),
		);
		expect(checked).toBeGreaterThan(500);
	});
});
