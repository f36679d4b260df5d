import { defineCommand } from "../src/core/command.js";
import { fields, reply, text } from "../src/core/reply.js";

/** `/whoami`: one's own user key and role, so an admin can be told what to grant. */
export const whoami = defineCommand({
	name: "whoami",
	aliases: ["我是谁", "我的编号"],
	summary: "whoami.summary",
	examples: ["/whoami"],
	private: true,
	run(ctx) {
		return reply([
			fields([
				{ label: ctx.t("whoami.key"), value: ctx.user.key },
				{
					label: ctx.t("whoami.role"),
					value: ctx.t(`whoami.role_${ctx.user.role}`),
				},
			]),
			text(
				ctx.t(
					ctx.user.role === "student" ? "whoami.hint_student" : "whoami.hint",
				),
			),
		]);
	},
});
