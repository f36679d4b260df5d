import type { CommandContext } from "./context.js";
import type { MessageKey } from "./i18n.js";
import type { Reply } from "./reply.js";

export type Role = "student" | "teacher" | "admin";

/**
 * `string`: one token; `text`: the rest of the line (last positional only);
 * `date`: a local calendar date, normalised to `YYYY-MM-DD`; `user`: a user key (`telegram:123`).
 */
export type ArgType =
	| "string"
	| "text"
	| "number"
	| "integer"
	| "date"
	| "user"
	| "choice";

/**
 * The kinds of suggestion a string argument may offer while typed (Discord autocomplete): the
 * framework's own `command`, and what the features add by declaration merging
 * (`src/features/complete.ts`), so the core names none of them.
 */
export interface Completions {
	command: true;
}
export type Completion = keyof Completions;

export interface ArgSpec {
	readonly name: string;
	readonly type: ArgType;
	readonly required?: boolean;
	/** Catalogue key of a short description (Discord option description, help). */
	readonly describe: MessageKey;
	readonly choices?: readonly string[];
	readonly min?: number;
	readonly max?: number;
	/** Given as `name=value` anywhere on the line instead of by position. */
	readonly option?: boolean;
	readonly complete?: Completion;
	/** For `date`: the year of a date typed without one, past (default) or future. */
	readonly year?: "past" | "future";
}

type ValueOf<T extends ArgType> = T extends "number" | "integer"
	? number
	: string;

/** The parsed arguments of a command, typed from its `args` specification. */
export type ArgValues<S extends readonly ArgSpec[]> = {
	[K in S[number] as K["name"]]: K["required"] extends true
		? ValueOf<K["type"]>
		: ValueOf<K["type"]> | undefined;
};

export interface CommandDef<S extends readonly ArgSpec[] = readonly ArgSpec[]> {
	/** ASCII, lower case (`cert`, `log`); also the Discord and Telegram command name. */
	readonly name: string;
	/** Other names, Chinese included (`证书`). */
	readonly aliases?: readonly string[];
	readonly summary: MessageKey;
	/** Example invocations, shown in help and after a mistake. */
	readonly examples: readonly string[];
	/** Lowest role that may run it; default student (everyone). */
	readonly access?: Role;
	readonly args?: S;
	/**
	 * Actions such as `log training` / `log practice`. With `run` as well, anything that is not
	 * an action goes to `run` (`/exam 前端` next to `/exam add …`).
	 */
	readonly subcommands?: readonly CommandDef[];
	/** The reply is personal: always sent privately. */
	readonly private?: boolean;
	/**
	 * Changes nothing (a read): an adapter may run it again instead of keeping its reply,
	 * e.g. when a Telegram deep link brings the user to the private chat.
	 */
	readonly readOnly?: boolean;
	/** May take a while: adapters acknowledge first (Discord defers). */
	readonly slow?: boolean;
	/** Hidden from help and menus (e.g. `start`). */
	readonly hidden?: boolean;
	readonly run?: (
		ctx: CommandContext,
		args: ArgValues<S>,
	) => Promise<Reply> | Reply;
}

/** Declares a command; the `args` tuple types the `run` arguments. */
export function defineCommand<const S extends readonly ArgSpec[] = readonly []>(
	def: CommandDef<S>,
): CommandDef {
	return def as unknown as CommandDef;
}

const roleRank: Record<Role, number> = { student: 0, teacher: 1, admin: 2 };

export function hasRole(role: Role, needed: Role | undefined): boolean {
	return roleRank[role] >= roleRank[needed ?? "student"];
}

/** Usage line such as `/log training <hours> <title> [date]`. */
export function usageOf(path: readonly string[], def: CommandDef): string {
	const parts = [`/${path.join(" ")}`];
	// A command with its own run is described by that run; its actions have usage lines of their own.
	if (def.subcommands?.length && !def.run) {
		parts.push(`<${def.subcommands.map((s) => s.name).join("|")}>`);
	}
	for (const arg of def.args ?? []) {
		const shown = arg.option ? `${arg.name}=…` : arg.name;
		parts.push(arg.required ? `<${shown}>` : `[${shown}]`);
	}
	return parts.join(" ");
}
