import { defineCommand } from "../../src/core/command.js";
import type { CommandContext } from "../../src/core/context.js";
import { type Block, choices, reply, text } from "../../src/core/reply.js";

/** Things to try, as buttons: shown at /start and when someone just says hello. */
export function tryThese(ctx: CommandContext): Block {
	return choices(
		[
			{ label: "/major 软件技术", command: "/major 软件技术" },
			{ label: "/cert Web前端开发", command: "/cert Web前端开发" },
			{ label: "/ask 企业实践要求多久", command: "/ask 企业实践要求多久" },
			{ label: "/help", command: "/help" },
		],
		ctx.t("start.try"),
	);
}

export const start = defineCommand({
	name: "start",
	aliases: ["开始"],
	summary: "start.summary",
	examples: ["/start"],
	hidden: true,
	run: (ctx) =>
		reply([
			text(ctx.t("start.welcome")),
			text(ctx.t("help.intro")),
			tryThese(ctx),
		]),
});
