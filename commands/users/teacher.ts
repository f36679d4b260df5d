import { changeOf } from "../../src/core/change.js";
import { defineCommand } from "../../src/core/command.js";
import { rawArgs } from "../../src/core/raw-args.js";
import { fields, reply, text } from "../../src/core/reply.js";
import { profileFields } from "../../src/features/training/training-format.js";
import type { TeacherProfile } from "../../src/features/training/training-port.js";
import { readProfile } from "../training/views/profile-line.js";
import { teacherCode } from "./teacher-code.js";

const join = defineCommand({
	name: "join",
	aliases: ["加入"],
	summary: "teacher.join.summary",
	examples: ["/teacher join 邀请码", "/教师 加入 邀请码"],
	private: true,
	args: [
		{
			name: "code",
			type: "string",
			required: true,
			describe: "teacher.arg_code",
		},
	] as const,
	async run(ctx, args) {
		const result = await ctx.services.training.join(changeOf(ctx), args.code);
		const key =
			result === "admin"
				? "teacher.join_admin"
				: result === "unchanged"
					? "teacher.join_already"
					: "teacher.joined";
		const blocks = [text(ctx.t(key)), text(ctx.t("teacher.next_steps"))];
		// The reply goes privately, but the code itself is now readable by the whole group.
		if (ctx.request.chat.kind === "group")
			blocks.push(text(ctx.t("teacher.code_in_group")));
		return reply(blocks);
	},
});

const profile = defineCommand({
	name: "profile",
	aliases: ["资料", "档案"],
	summary: "teacher.profile.summary",
	examples: [
		"/teacher profile 姓名=王芳 院系=信息工程学院 周期开始=2023-09-01",
		"/teacher profile 王芳 信息工程学院 2023年9月",
		"/teacher profile name=张老师 dept=机电工程系 period=2024-09-01 professional=yes",
	],
	access: "teacher",
	private: true,
	args: [
		{
			name: "name",
			type: "string",
			option: true,
			describe: "teacher.arg_name",
		},
		{
			name: "dept",
			type: "string",
			option: true,
			describe: "teacher.arg_dept",
		},
		{
			name: "period",
			type: "string",
			option: true,
			describe: "teacher.arg_period",
		},
		{
			name: "professional",
			type: "string",
			option: true,
			describe: "teacher.arg_professional",
		},
		// Chinese keys and the bare form `王芳 信息工程学院 2023-09-01` (read in `readProfile`).
		{ name: "fields", type: "text", describe: "teacher.arg_fields" },
	] as const,
	async run(ctx, args) {
		const typed = ctx.request.invocation
			? [
					...(args.name === undefined ? [] : [`name=${args.name}`]),
					...(args.dept === undefined ? [] : [`dept=${args.dept}`]),
					...(args.period === undefined ? [] : [`period=${args.period}`]),
					...(args.professional === undefined
						? []
						: [`professional=${args.professional}`]),
				].map((text) => ({ text, quoted: false }))
			: rawArgs(ctx, []);
		const patch: TeacherProfile = readProfile(typed, ctx.today);
		const changed = Object.keys(patch).length > 0;
		const current = changed
			? await ctx.services.training.updateProfile(changeOf(ctx), patch)
			: await ctx.services.training.profile(ctx.user.key);
		return reply([
			text(ctx.t(changed ? "teacher.profile_saved" : "teacher.profile_title")),
			fields(profileFields(ctx.t, current)),
			...(current.periodStart ? [] : [text(ctx.t("teacher.period_hint"))]),
		]);
	},
});

/** `/teacher join <code>` and `/teacher profile …`: becoming a teacher and the teacher's profile. */
export const teacher = defineCommand({
	name: "teacher",
	aliases: ["教师"],
	summary: "teacher.summary",
	examples: [
		"/teacher join 邀请码",
		"/teacher profile name=张老师 dept=机电工程系 period=2024-09-01 professional=yes",
	],
	subcommands: [join, profile, teacherCode],
});
