import { type DbData, emptyDb } from "../../src/storage/db.js";

const source = {
	title: "职业技能等级证书信息管理服务平台",
	url: "https://vslc.ncb.edu.cn/",
	trust: "high" as const,
};
const at = "2026-11-20T02:00:00.000Z";

/**
 * An embedded document with rows in every section (two where a section is a list), for the
 * copy to PostgreSQL: a copier that forgets a section or a field shows up in the counts.
 */
export function fullDocument(): DbData {
	const doc = emptyDb();
	const teacher = "telegram:1001";
	doc.unanswered.push(
		{ at, userKey: "telegram:2001", text: "无人机证书在哪考" },
		{ at, userKey: "discord:3001", text: "what is 1+X", handledAt: at },
	);
	doc.guesses.push({
		at,
		userKey: "telegram:2001",
		text: "前端",
		kind: "suggestions",
		score: 0.3,
		shown: ["Web前端开发", "前端开发"],
	});
	doc.feedback.push({
		at,
		userKey: "telegram:2001",
		text: "Web前端开发",
		useful: true,
		shown: "Web前端开发",
	});
	doc.training.roles[teacher] = "teacher";
	doc.training.profiles[teacher] = {
		name: "王老师",
		department: "信息工程系",
		periodStart: "2024-09-01",
		professional: true,
	};
	doc.training.records.push(
		{
			id: "1",
			owner: teacher,
			createdAt: at,
			kind: "training",
			date: "2026-11-18",
			hours: 8,
			title: "师资培训",
		},
		{
			id: "2",
			owner: teacher,
			createdAt: at,
			kind: "practice",
			start: "2026-07-01",
			end: "2026-07-20",
			enterprise: "某某科技有限公司",
		},
	);
	doc.training.audit.push(
		{ at, by: teacher, action: "join", target: teacher },
		{
			at,
			by: teacher,
			action: "create",
			target: "1",
			owner: teacher,
			changes: { hours: { from: null, to: 8 } },
		},
	);
	doc.training.nextId = 3;
	doc.reminders.rounds.push({
		id: "r1",
		certificateId: "c001",
		levels: ["初级"],
		dates: { register: "2026-12-01", exam: "2026-12-20" },
		source,
		addedBy: "console:local",
		addedAt: at,
	});
	doc.reminders.nextRoundSeq = 2;
	doc.reminders.subscriptions.push({
		chatKey: "telegram:-100200",
		certificateId: "c001",
		by: teacher,
		at,
		locale: "zh-CN",
	});
	doc.reminders.pausedChats["discord:c9"] = { reason: "gone", at };
	doc.reminders.practiceOptOut.push("telegram:1002");
	doc.reminders.outbox["exam:r1:register:telegram:-100200"] = {
		chatKey: "telegram:-100200",
		slot: "2026-11-30T00:00:00.000Z",
		status: "sent",
		attempts: 1,
		lastAttemptAt: at,
		sentAt: at,
		round: "r1",
	};
	doc.knowledgeLayer.faq.push({
		by: "console:local",
		at,
		entry: {
			id: "kb-1",
			question: "证书查询网址是什么",
			variants: [],
			answer: "在职业技能等级证书信息管理服务平台查询。",
			confidence: "high",
			verified: "2026-11-20",
			sources: [source],
		},
	});
	doc.knowledgeLayer.audit.push({
		by: "console:local",
		at,
		action: "add",
		target: "faq kb-1",
		source: source.title,
	});
	doc.knowledgeLayer.nextSeq.faq = 2;
	doc.invites.pausedSince = at;
	doc.invites.events.push({ at, by: teacher, action: "joined" });
	return doc;
}
