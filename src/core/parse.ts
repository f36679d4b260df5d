import { parseArg } from "./args.js";
import { type ArgSpec, type CommandDef, usageOf } from "./command.js";
import { UserError } from "./errors.js";
import { findSubcommand, type Registry } from "./registry.js";
import type { Invocation } from "./request.js";
import { shorten } from "./text.js";
import { tokenize } from "./tokenize.js";

/** What a message asks for before its arguments are bound. */
export type Parsed =
	| {
			kind: "command";
			path: string[];
			def: CommandDef;
			args: string[] | Record<string, string>;
	  }
	| { kind: "unknown"; name: string; rest?: string }
	| { kind: "other-bot" }
	| { kind: "text"; text: string };

const commandHead = /^[/／]([^\s@＠]+)(?:[@＠](\S+))?(?:\s+([\s\S]*))?$/;

/**
 * Text → command and raw argument tokens. Understands `/cmd@BotName`, full-width `／`,
 * Chinese aliases with or without a space (`/证书 前端`, `/证书前端`) and subcommands.
 */
export function parseText(
	registry: Registry,
	text: string,
	botName?: string,
): Parsed {
	const m = commandHead.exec(text);
	if (!m) return { kind: "text", text };
	const [, rawName = "", mention, rest = ""] = m;
	if (mention && botName && mention.toLowerCase() !== botName.toLowerCase())
		return { kind: "other-bot" };
	let def = registry.find(rawName.normalize("NFKC"));
	let argText = rest;
	if (!def) {
		const prefixed = registry.findByPrefix(rawName);
		if (!prefixed) return { kind: "unknown", name: rawName, rest: rest.trim() };
		def = prefixed.def;
		argText = `${prefixed.rest} ${rest}`;
	}
	const tokens = tokenize(argText.trim());
	if (!tokens.ok)
		throw new UserError("errors.args_unclosed_quote", {
			text: shorten(tokens.unclosed, 40),
		});
	return resolveSubcommand([def.name], def, tokens.tokens);
}

/**
 * A missing or unknown action of a command with actions (`/kb`, `/kb zz`). It names the
 * command, so the dispatcher can refuse someone who may not use it instead of listing its
 * actions and examples.
 */
export class ActionError extends UserError {
	readonly def: CommandDef;
	readonly path: readonly string[];

	constructor(
		def: CommandDef,
		path: readonly string[],
		...rest: ConstructorParameters<typeof UserError>
	) {
		super(...rest);
		this.def = def;
		this.path = path;
	}
}

function resolveSubcommand(
	path: string[],
	def: CommandDef,
	tokens: string[],
): Parsed {
	if (!def.subcommands?.length)
		return { kind: "command", path, def, args: tokens };
	const [first, ...rest] = tokens;
	const sub = first === undefined ? undefined : findSubcommand(def, first);
	// A command with both actions and its own `run` (`/exam 前端` next to `/exam add …`).
	if (!sub && def.run) return { kind: "command", path, def, args: tokens };
	const actions = def.subcommands.map((s) => s.name).join(" / ");
	const examples = { examples: def.examples };
	if (first === undefined)
		throw new ActionError(
			def,
			path,
			"errors.command_needs_subcommand",
			{ name: path.join(" "), actions },
			examples,
		);
	if (!sub)
		throw new ActionError(
			def,
			path,
			"errors.command_unknown_subcommand",
			{
				name: path.join(" "),
				action: shorten(first, 30),
				actions,
			},
			examples,
		);
	return resolveSubcommand([...path, sub.name], sub, rest);
}

/** A structured invocation (slash command, button) → the command it names. */
export function parseInvocation(
	registry: Registry,
	invocation: Invocation,
): Parsed {
	const [head, ...subs] = invocation.path;
	let def = head === undefined ? undefined : registry.find(head);
	if (!def) return { kind: "unknown", name: head ?? "" };
	const path = [def.name];
	for (const name of subs) {
		const sub = findSubcommand(def, name);
		if (!sub) return { kind: "unknown", name: [...path, name].join(" ") };
		def = sub;
		path.push(sub.name);
	}
	return { kind: "command", path, def, args: invocation.args };
}

/** How an argument is named in messages; by default its name as the usage line shows it. */
export type ArgLabel = (spec: ArgSpec) => string;

/**
 * Binds raw tokens (or named values) to a command's argument specification. Mistakes throw
 * `UserError` naming the argument by `label` and carrying the usage line.
 */
export function bindArgs(
	path: string[],
	def: CommandDef,
	raw: string[] | Record<string, string>,
	today: string,
	label: ArgLabel = (spec) => spec.name,
): Record<string, unknown> {
	const bindOne = (
		spec: ArgSpec,
		rawValue: string,
		values: Record<string, unknown>,
		usage: string,
	) => {
		const result = parseArg(spec, rawValue, today);
		if (!result.ok)
			throw new UserError(result.code, {
				...result.params,
				arg: label(spec),
				usage,
			});
		values[spec.name] = result.value;
	};
	const specs = def.args ?? [];
	const usage = usageOf(path, def);
	const values: Record<string, unknown> = {};
	if (!Array.isArray(raw)) {
		for (const spec of specs) {
			const value = Object.hasOwn(raw, spec.name) ? raw[spec.name] : undefined;
			if (value !== undefined && value.trim() !== "")
				bindOne(spec, value, values, usage);
		}
	} else {
		const options = specs.filter((s) => s.option);
		const positional: string[] = [];
		for (const token of raw) {
			const eq = /^([A-Za-z][\w-]*)[=＝](.*)$/s.exec(token);
			if (eq && options.length > 0) {
				const spec = options.find(
					(o) => o.name.toLowerCase() === eq[1]?.toLowerCase(),
				);
				if (!spec)
					throw new UserError("errors.args_unknown_option", {
						option: eq[1] ?? "",
						options: options.map((o) => `${o.name}=`).join(" "),
					});
				bindOne(spec, eq[2] ?? "", values, usage);
			} else positional.push(token);
		}
		const positionalSpecs = specs.filter((s) => !s.option);
		let i = 0;
		for (const spec of positionalSpecs) {
			if (i >= positional.length) break;
			const rawValue =
				spec.type === "text"
					? positional.slice(i).join(" ")
					: (positional[i] as string);
			i = spec.type === "text" ? positional.length : i + 1;
			bindOne(spec, rawValue, values, usage);
		}
		if (i < positional.length)
			throw new UserError("errors.args_too_many", {
				extra: shorten(positional.slice(i).join(" "), 60),
				usage,
			});
	}
	const missing = specs.find((s) => s.required && values[s.name] === undefined);
	if (missing)
		throw new UserError("errors.args_missing", { arg: label(missing), usage });
	return values;
}
