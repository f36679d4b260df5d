import type { CommandDef } from "../../core/command.js";
import type { Registry } from "../../core/registry.js";

/**
 * Naming rules shared by the generated slash commands and the way interactions are read back,
 * so that both directions always agree.
 */

/** Discord option names are lower case: `startDate` → `start_date`. */
export function optionName(argName: string): string {
	return argName
		.replace(/([a-z0-9])([A-Z])/g, "$1_$2")
		.toLowerCase()
		.replace(/[^-_\p{L}\p{N}]/gu, "_");
}

/**
 * A command with actions AND its own `run` (`/exam 前端` next to `/exam add`) gets a generated
 * action for its own arguments, since Discord forbids options next to subcommands.
 */
export function defaultActionName(def: CommandDef): string {
	const taken = new Set((def.subcommands ?? []).map((s) => s.name));
	return ["show", "query", "default"].find((n) => !taken.has(n)) ?? "run";
}

export function visibleSubcommands(def: CommandDef): CommandDef[] {
	return (def.subcommands ?? []).filter((s) => !s.hidden);
}

/** Whether the command needs a generated default action next to its real ones. */
export function hasDefaultAction(def: CommandDef): boolean {
	return visibleSubcommands(def).length > 0 && def.run !== undefined;
}

/** How an interaction names its command: `cert`, `exam add`, `kb cert add`, `exam show`. */
export function slashKey(
	commandName: string,
	group: string | null,
	subcommand: string | null,
): string {
	return [commandName, group, subcommand].filter((n) => n !== null).join(" ");
}

/**
 * The slash names this adapter registers, each mapped back to the command path it stands for
 * (the generated default action to its parent): `exam show` → `["exam"]`. Built from the same
 * walk as the generated commands, so the two directions agree; the command itself (its
 * arguments, privacy) is the dispatcher's to resolve.
 */
export function slashPaths(registry: Registry): Map<string, string[]> {
	const paths = new Map<string, string[]>();
	const walk = (def: CommandDef, names: string[], path: string[]) => {
		const subs = visibleSubcommands(def);
		if (subs.length === 0 || hasDefaultAction(def))
			paths.set(
				subs.length === 0
					? names.join(" ")
					: [...names, defaultActionName(def)].join(" "),
				path,
			);
		for (const sub of subs)
			walk(sub, [...names, sub.name], [...path, sub.name]);
	};
	for (const def of registry.commands)
		if (!def.hidden) walk(def, [def.name], [def.name]);
	return paths;
}
