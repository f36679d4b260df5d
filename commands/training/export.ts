import { defineCommand } from "../../src/core/command.js";
import { file, reply } from "../../src/core/reply.js";

const all = defineCommand({
	name: "all",
	aliases: ["全部"],
	summary: "export.all.summary",
	examples: ["/export all", "/导出 全部"],
	access: "admin",
	private: true,
	readOnly: true,
	async run(ctx) {
		const csv = await ctx.services.training.exportCsv(
			ctx.user,
			"all",
			ctx.zone,
		);
		return reply([
			file(
				`training-all-${ctx.today}.csv`,
				"text/csv",
				csv,
				ctx.t("export.caption_all"),
			),
		]);
	},
});

/** `/export`: one's own records as a CSV file for Excel; `/export all` for admins. */
export const exportCommand = defineCommand({
	name: "export",
	aliases: ["导出"],
	summary: "export.summary",
	examples: ["/export", "/export all"],
	access: "teacher",
	private: true,
	readOnly: true,
	subcommands: [all],
	async run(ctx) {
		const csv = await ctx.services.training.exportCsv(
			ctx.user,
			ctx.user.key,
			ctx.zone,
		);
		return reply([
			file(
				`training-${ctx.today}.csv`,
				"text/csv",
				csv,
				ctx.t("export.caption"),
			),
		]);
	},
});
