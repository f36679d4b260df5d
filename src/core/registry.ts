import type { CommandDef } from "./command.js";

/** Commands by name and alias (case-insensitive); built once from `commands/index.ts`. */
export class Registry {
	private readonly byName = new Map<string, CommandDef>();

	constructor(readonly commands: readonly CommandDef[]) {
		for (const def of commands) {
			for (const name of [def.name, ...(def.aliases ?? [])]) {
				const key = name.toLowerCase();
				if (this.byName.has(key))
					throw new Error(`duplicate command name or alias: ${name}`);
				this.byName.set(key, def);
			}
		}
	}

	find(name: string): CommandDef | undefined {
		return this.byName.get(name.toLowerCase());
	}

	/** `证书前端` → the `cert` command and `前端`: Chinese aliases typed without a space. */
	findByPrefix(word: string): { def: CommandDef; rest: string } | undefined {
		let best: { def: CommandDef; rest: string; length: number } | undefined;
		for (const [name, def] of this.byName) {
			if (!/\p{Script=Han}/u.test(name)) continue;
			if (word.startsWith(name) && (!best || name.length > best.length)) {
				best = { def, rest: word.slice(name.length), length: name.length };
			}
		}
		return best && { def: best.def, rest: best.rest };
	}

	/** Every name and alias, for "did you mean". */
	names(): string[] {
		return [...this.byName.keys()];
	}
}

export function findSubcommand(
	def: CommandDef,
	word: string,
): CommandDef | undefined {
	const w = word.toLowerCase();
	return def.subcommands?.find(
		(s) => s.name === w || s.aliases?.some((a) => a.toLowerCase() === w),
	);
}
