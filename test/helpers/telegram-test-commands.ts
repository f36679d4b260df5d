import { defineCommand, type Role } from "../../src/core/command.js";
import type { Services } from "../../src/core/context.js";
import type { Dispatcher } from "../../src/core/dispatcher.js";
import {
	choices,
	fields,
	file,
	heading,
	progress,
	reply,
	text,
} from "../../src/core/reply.js";
import { fakeBot } from "./chat-client.js";
import { FixedClock } from "./fixed-clock.js";
import type { MemoryLogger } from "./memory-logger.js";

/** A command whose button payload is too long for 64 bytes, so it travels as a token. */
export const LONG_COMMAND =
	"/证书 对口专业 软件技术 计算机应用技术 云计算技术应用 大数据技术";

/** Set while the `slow` command runs, so a test can stop the bot in the middle of it. */
export const slowCommand = { running: false };

/** How often the `note` command (a private write) really ran. */
export const noteWrites = { count: 0 };

/** Test commands shaped like the real ones: long answers, buttons, private replies, files. */
export const telegramTestCommands = [
	defineCommand({
		name: "cert",
		aliases: ["证书"],
		summary: "help.title",
		examples: ["/cert 前端"],
		args: [{ name: "query", type: "text", describe: "help.title" }] as const,
		run: (_ctx, args) =>
			reply([
				heading("Web前端开发 <初级>"),
				fields([
					{ label: "组织", value: "某某 & 某某 科技有限公司" },
					{ label: "查询", value: args.query ?? "" },
				]),
				choices(
					[
						{ label: "考试时间", command: "/exam 前端" },
						{ label: "对口专业", command: LONG_COMMAND },
					],
					"接下来：",
				),
			]),
	}),
	defineCommand({
		name: "exam",
		summary: "help.intro",
		examples: ["/exam 前端"],
		args: [{ name: "query", type: "text", describe: "help.title" }] as const,
		run: (_ctx, args) =>
			reply([text(`考试：${args.query ?? "全部"} 2026-12-12`)]),
	}),
	defineCommand({
		name: "long",
		summary: "help.more",
		examples: ["/long"],
		run: () =>
			reply([
				text(
					Array.from(
						{ length: 300 },
						(_, i) =>
							`第${i + 1}行：<b>不是标签</b> & 一段用来凑够一万个字符的说明文字。`,
					).join("\n"),
				),
			]),
	}),
	defineCommand({
		name: "progress",
		summary: "help.commands",
		examples: ["/progress"],
		private: true,
		readOnly: true,
		run: (ctx) =>
			reply([
				heading(`${ctx.user.name ?? ""} 的企业实践`),
				progress("企业实践", 45, 180, "天"),
			]),
	}),
	defineCommand({
		name: "export",
		summary: "help.usage",
		examples: ["/export"],
		private: true,
		run: () =>
			reply([
				text("记录已导出。"),
				file(
					"records.csv",
					"text/csv",
					'\uFEFF日期,学时,内容\n2026-07-01,8,"BIM <建模> 培训"\n',
					"培训记录 <2026>",
				),
			]),
	}),
	defineCommand({
		name: "calendar",
		summary: "help.title",
		examples: ["/calendar"],
		run: () =>
			reply([
				text("考试日历："),
				file("exams.ics", "text/calendar", "BEGIN:VCALENDAR\nEND:VCALENDAR\n"),
			]),
	}),
	defineCommand({
		name: "note",
		summary: "help.usage",
		examples: ["/note 8 培训"],
		access: "teacher",
		private: true,
		args: [{ name: "text", type: "text", describe: "help.title" }] as const,
		run: (_ctx, args) => {
			noteWrites.count++;
			return reply([
				text(`已保存第 ${noteWrites.count} 条：${args.text ?? ""}`),
			]);
		},
	}),
	defineCommand({
		name: "audit",
		summary: "help.title",
		examples: ["/audit"],
		access: "admin",
		run: () => reply([text("审计")]),
	}),
	defineCommand({
		name: "slow",
		summary: "help.title",
		examples: ["/slow"],
		hidden: true,
		run: async () => {
			slowCommand.running = true;
			await new Promise((resolve) => setTimeout(resolve, 300));
			slowCommand.running = false;
			return reply([text("完成")]);
		},
	}),
	defineCommand({
		name: "start",
		summary: "help.examples",
		examples: ["/start"],
		hidden: true,
		run: () => reply([text("你好！")]),
	}),
	defineCommand({
		name: "ask",
		summary: "help.aliases",
		examples: ["软件技术能考什么"],
		args: [
			{
				name: "question",
				type: "text",
				required: true,
				describe: "help.title",
			},
		] as const,
		run: (_ctx, args) => reply([text(`你问的是：${args.question}`)]),
	}),
];

/** The real dispatcher over the test commands; users are students unless `roles` says otherwise. */
export function telegramTestDispatcher(): {
	dispatcher: Dispatcher;
	logger: MemoryLogger;
	roles: Map<string, Role>;
} {
	const roles = new Map<string, Role>();
	const { dispatcher, logger } = fakeBot({
		commands: telegramTestCommands,
		services: {
			users: {
				roleOf: async (key: string) => roles.get(key) ?? "student",
			},
		} as Partial<Services>,
		clock: new FixedClock(),
	});
	return { dispatcher, logger, roles };
}
