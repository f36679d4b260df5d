import {
	type CommandDef,
	defineCommand,
	hasRole,
	usageOf,
} from "../../src/core/command.js";
import type { CommandContext } from "../../src/core/context.js";
import { closestNames } from "../../src/core/did-you-mean.js";
import { UserError } from "../../src/core/errors.js";
import { withNote } from "../../src/core/render-text.js";
import {
	fields,
	heading,
	list,
	type Reply,
	reply,
	text,
} from "../../src/core/reply.js";
import { shorten } from "../../src/core/text.js";

function accessNote(ctx: CommandContext, def: CommandDef): string {
	if (def.access === "admin") return ` ${ctx.t("help.access_admin")}`;
	if (def.access === "teacher") return ` ${ctx.t("help.access_teacher")}`;
	return "";
}

function commandHelp(ctx: CommandContext, def: CommandDef): Reply {
	// Actions the user may not run (admin-only `exam add`) are left out of their help.
	const actions = (def.subcommands ?? []).filter((s) =>
		hasRole(ctx.user.role, s.access),
	);
	const usages = [
		...(def.run || actions.length === 0 ? [usageOf([def.name], def)] : []),
		...actions.map((s) => usageOf([def.name, s.name], s)),
	];
	const facts = [{ label: ctx.t("help.usage"), value: usages.join("\n") }];
	if (def.aliases?.length)
		facts.push({
			label: ctx.t("help.aliases"),
			value: def.aliases.map((a) => `/${a}`).join(" "),
		});
	facts.push({ label: ctx.t("help.examples"), value: def.examples.join("\n") });
	return reply([
		heading(`/${def.name}${accessNote(ctx, def)}`),
		text(ctx.t(def.summary)),
		fields(facts),
	]);
}

export const help = defineCommand({
	name: "help",
	aliases: ["帮助", "h"],
	summary: "help.summary",
	examples: ["/help", "/help cert", "/帮助 log"],
	args: [
		{
			name: "command",
			type: "string",
			describe: "help.arg_command",
			complete: "command",
		},
	],
	run: (ctx, args) => {
		const { registry } = ctx;
		if (args.command) {
			const name = args.command.replace(/^[/／]/, "");
			const def = registry.find(name);
			if (!def) {
				const close = closestNames(name, registry.names(), 1)[0];
				throw new UserError(
					"errors.command_unknown",
					{ name: shorten(name, 30) },
					{ examples: [`/help ${close ?? "cert"}`] },
				);
			}
			return commandHelp(ctx, def);
		}
		const visible = registry.commands.filter(
			(d) => !d.hidden && hasRole(ctx.user.role, d.access),
		);
		return reply([
			heading(ctx.t("help.title")),
			text(ctx.t("help.intro")),
			heading(ctx.t("help.commands")),
			list(
				visible.map(
					(d) =>
						`${d.aliases?.[0] ? withNote(`/${d.name}`, `/${d.aliases[0]}`, ctx.locale) : `/${d.name}`} — ${ctx.t(d.summary)}`,
				),
			),
			text(ctx.t("help.more")),
		]);
	},
});
