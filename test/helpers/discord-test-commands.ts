import { defineCommand } from "../../src/core/command.js";
import type { Services } from "../../src/core/context.js";
import type { Dispatcher } from "../../src/core/dispatcher.js";
import {
	choices,
	fields,
	file,
	heading,
	list,
	progress,
	reply,
	text,
} from "../../src/core/reply.js";
import { complete } from "../../src/features/complete.js";
import type {
	Certificate,
	ExamRound,
	Major,
} from "../../src/features/knowledge/knowledge-port.js";
import { fakeBot } from "./chat-client.js";
import { FixedClock } from "./fixed-clock.js";
import type { MemoryLogger } from "./memory-logger.js";

/** Longer than a custom_id allows, so the button carries a token. */
export const LONG_COMMAND = `/cert ${"软件技术专业对口的证书".repeat(6)}`;
export const TEACHER = "discord:900";
export const ADMIN = "discord:901";

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const certificates: Certificate[] = range(30).map((i) => ({
	id: `c${String(i).padStart(3, "0")}`,
	name:
		i === 1
			? "Web前端开发"
			: `测试证书${i}${"很长的名字".repeat(i === 2 ? 30 : 0)}`,
	aliases: i === 1 ? ["前端"] : [],
	kind: "x",
	organisation: null,
	organisations: [],
	levels: ["初级"],
	description: null,
	batch: null,
	sources: [],
}));
const majors: Major[] = [
	{
		code: "510203",
		name: "软件技术",
		level: "高等职业教育专科",
		classCode: "5102",
		className: "计算机类",
		categoryCode: "51",
		categoryName: "电子与信息大类",
	},
];
const exams: ExamRound[] = [
	{
		id: "e1",
		certificateId: "c001",
		levels: ["初级", "中级"],
		dates: { exam: "2026-12-12" },
		source: { title: "test", trust: "high" },
	},
];

const unavailable = (name: string): never =>
	new Proxy(
		{},
		{
			get(_t, prop) {
				throw new Error(`${name}.${String(prop)} is not part of this test`);
			},
		},
	) as never;

/** Knowledge with 30 certificates (more than one autocomplete answer holds) and a simple search. */
export function discordTestServices(): Services {
	const match = (q: string, ...names: string[]) =>
		names.some((n) => n.toLowerCase().includes(q.toLowerCase()));
	return {
		knowledge: {
			certificates,
			majors,
			getCertificate: (id: string) => certificates.find((c) => c.id === id),
			searchCertificates: (q: string, limit = 10) =>
				certificates
					.filter((c) => match(q, c.name, c.id, ...c.aliases))
					.slice(0, limit)
					.map((item) => ({ item, score: 0 })),
			searchMajors: (q: string, limit = 10) =>
				majors
					.filter((m) => match(q, m.name, m.code))
					.slice(0, limit)
					.map((item) => ({ item, score: 0 })),
			// Substring search above already answers short queries here.
			completeNames: () => [],
		} as unknown as Services["knowledge"],
		exams: { known: () => exams } as unknown as Services["exams"],
		users: {
			roleOf: async (key: string) =>
				key === TEACHER ? "teacher" : key === ADMIN ? "admin" : "student",
		},
		unanswered: unavailable("unanswered"),
		knowledgeLayer: unavailable("knowledgeLayer"),
		invites: unavailable("invites"),
		training: unavailable("training"),
		reminders: unavailable("reminders"),
	};
}

/** Commands shaped like the real ones: cards, long answers, buttons, private, slow, failing, files, actions. */
export const discordTestCommands = [
	defineCommand({
		name: "cert",
		aliases: ["证书", "certificate", "查证书"],
		summary: "help.title",
		examples: ["/cert 前端"],
		args: [
			{
				name: "query",
				type: "text",
				required: true,
				describe: "help.title",
				complete: "certificate",
			},
		] as const,
		run: (_ctx, args) =>
			reply([
				heading(`证书 ${args.query}`),
				fields([
					{ label: "组织", value: "某某科技有限公司" },
					{ label: "备注", value: "" },
				]),
				choices(
					[
						{ label: "考试时间", command: "/exam e1" },
						{ label: "对口专业", command: LONG_COMMAND },
					],
					"接下来：",
				),
			]),
	}),
	defineCommand({
		name: "long",
		summary: "help.more",
		examples: ["/long"],
		run: () => reply([text("长".repeat(5000))]),
	}),
	defineCommand({
		name: "menu",
		summary: "help.more",
		examples: ["/menu"],
		run: () =>
			reply([
				choices(
					range(12).map((i) => ({
						label: `选项 ${i}`,
						command: `/cert c${i}`,
					})),
					"选一个：",
				),
			]),
	}),
	defineCommand({
		name: "progress",
		aliases: ["进度"],
		summary: "help.more",
		examples: ["/progress"],
		access: "teacher",
		private: true,
		run: () =>
			reply([heading("我的进度"), progress("企业实践", 90, 180, "天")]),
	}),
	defineCommand({
		name: "report",
		summary: "help.more",
		examples: ["/report"],
		slow: true,
		run: () => reply([text("报告已生成")]),
	}),
	defineCommand({
		name: "boom",
		summary: "help.more",
		examples: ["/boom"],
		run: () => {
			throw new Error("kaboom");
		},
	}),
	defineCommand({
		name: "export",
		summary: "help.more",
		examples: ["/export"],
		run: () => reply([file("records.csv", "text/csv", "a,b\n1,2\n", "记录")]),
	}),
	defineCommand({
		name: "exam",
		aliases: ["考试"],
		summary: "help.intro",
		examples: ["/exam 前端", "/exam add c001 2026-12-12"],
		args: [
			{ name: "query", type: "text", describe: "help.title", complete: "exam" },
		] as const,
		subcommands: [
			defineCommand({
				name: "add",
				aliases: ["添加"],
				summary: "help.more",
				examples: ["/exam add c001 2026-12-12"],
				args: [
					{
						name: "level",
						type: "choice",
						choices: ["初级", "中级", "高级"],
						describe: "help.title",
					},
					{
						name: "certificate",
						type: "string",
						required: true,
						describe: "help.title",
						complete: "certificate",
					},
					{
						name: "examDate",
						type: "date",
						required: true,
						describe: "help.title",
					},
					{
						name: "seats",
						type: "integer",
						min: 1,
						max: 500,
						describe: "help.title",
					},
				] as const,
				run: (_ctx, args) =>
					reply([
						text(
							`added ${args.certificate} ${args.examDate} ${args.level ?? "-"} ${args.seats ?? "-"}`,
						),
					]),
			}),
		],
		run: (_ctx, args) => reply([text(`exams ${args.query ?? "all"}`)]),
	}),
	defineCommand({
		name: "grant",
		summary: "help.more",
		examples: ["/grant @someone"],
		args: [
			{ name: "who", type: "user", required: true, describe: "help.title" },
		] as const,
		run: (_ctx, args) => reply([text(`granted ${args.who}`)]),
	}),
	defineCommand({
		name: "echo",
		summary: "help.title",
		examples: ["/echo 你好"],
		args: [
			{ name: "words", type: "text", required: true, describe: "help.title" },
		] as const,
		// The user's words and name in content, as "no certificate matches「…」" would.
		run: (ctx, args) =>
			reply([
				text(`${ctx.user.name ?? ""}：没有找到与「${args.words}」相符的证书`),
			]),
	}),
	defineCommand({
		name: "whois",
		summary: "help.title",
		examples: ["/whois 你好"],
		args: [
			{ name: "words", type: "text", required: true, describe: "help.title" },
		] as const,
		// The same in an embed: title, field and list.
		run: (ctx, args) =>
			reply([
				heading(`${ctx.user.name ?? ""} ${args.words}`),
				fields([{ label: args.words, value: args.words }]),
				list([args.words]),
			]),
	}),
	defineCommand({
		name: "audit",
		summary: "help.more",
		examples: ["/audit"],
		access: "admin",
		run: () => reply([text("审计")]),
	}),
	defineCommand({
		name: "manual",
		summary: "help.more",
		examples: ["/manual cert"],
		args: [
			{
				name: "command",
				type: "string",
				describe: "help.title",
				complete: "command",
			},
		] as const,
		run: (_ctx, args) => reply([text(`手册 ${args.command ?? ""}`)]),
	}),
	defineCommand({
		name: "start",
		summary: "help.more",
		examples: ["/start"],
		hidden: true,
		run: () => reply([text("hi")]),
	}),
];

/** The real dispatcher over the test commands, with a fixed clock and a recording logger. */
export function discordTestDispatcher(): {
	dispatcher: Dispatcher;
	services: Services;
	logger: MemoryLogger;
} {
	const { dispatcher, services, logger } = fakeBot({
		commands: discordTestCommands,
		services: discordTestServices(),
		clock: new FixedClock(),
		completer: (services) => (query) =>
			complete(services, query.kind, query.typed, query.locale, {
				registry: query.registry,
				role: query.role,
			}),
	});
	return { dispatcher, services, logger };
}
