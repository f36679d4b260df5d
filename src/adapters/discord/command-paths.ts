import type { CommandDef } from "../../core/command.js";
import { findSubcommand, type Registry } from "../../core/registry.js";

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

/**
 * Reads back the command path of a slash interaction (`commandName`, group, subcommand):
 * the generated default action maps to its parent. `undefined` when the registry no longer
 * has the command (an old registration).
 */
export function resolvePath(
	registry: Registry,
	commandName: string,
	group: string | null,
	subcommand: string | null,
): { path: string[]; def: CommandDef } | undefined {
	const root = registry.find(commandName);
	if (!root) return undefined;
	let def = root;
	const path = [root.name];
	for (const name of [group, subcommand]) {
		if (name === null) continue;
		const sub = findSubcommand(def, name);
		if (sub) {
			def = sub;
			path.push(sub.name);
		} else if (name !== defaultActionName(def) || !def.run) return undefined;
	}
	return { path, def };
}
