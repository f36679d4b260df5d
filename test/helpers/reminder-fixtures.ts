import { type Notifier, silentLogger } from "../../src/core/ports.js";
import type {
	Certificate,
	ExamRound,
} from "../../src/features/knowledge/knowledge-port.js";
import {
	emptyReminderData,
	type ReminderData,
} from "../../src/features/reminders/data.js";
import type { OutboxRepository } from "../../src/features/reminders/outbox-repository.js";
import type { PracticeStatus } from "../../src/features/reminders/policy.js";
import type { SubscriptionRepository } from "../../src/features/reminders/subscription-repository.js";
import {
	createSweeper,
	type ScheduledRounds,
} from "../../src/features/reminders/sweep.js";
import { lowdbOutboxRepository } from "../../src/storage/lowdb/outbox-repository.js";
import { lowdbSubscriptionRepository } from "../../src/storage/lowdb/subscription-repository.js";
import { memoryStore, type Store } from "../../src/storage/store.js";

const source = {
	title: "测试来源",
	url: "https://example.org/plan",
	trust: "medium" as const,
};

/** Exam rounds in the year after 2026-11-28, in the shape of the 2024 Huawei plan. */
export const yearRounds: ExamRound[] = [
	{
		id: "e1",
		certificateId: "c1",
		levels: ["中级"],
		dates: {
			register: "2027-03-15",
			pay: "2027-03-16",
			exam: "2027-03-20",
			results: "2027-04-04",
		},
		source,
	},
	{
		id: "e2",
		certificateId: "c1",
		levels: ["初级", "中级"],
		dates: {
			register: "2027-06-21",
			pay: "2027-06-21",
			exam: "2027-06-26",
			results: "2027-07-11",
		},
		site: "实训楼 A301",
		source,
	},
	{
		id: "e3",
		certificateId: "c2",
		levels: [],
		dates: { register: "2027-10-11", exam: "2027-10-16" },
		source,
	},
];

/** Teachers: one short of practice, one with enough, one who turned reminders off. */
export const yearTeachers: PracticeStatus[] = [
	{
		teacherKey: "telegram:900",
		periodEnd: "2027-09-30",
		practiceDays: 40,
		requiredDays: 180,
	},
	{
		teacherKey: "telegram:901",
		periodEnd: "2027-09-30",
		practiceDays: 200,
		requiredDays: 180,
	},
	{
		teacherKey: "discord:902",
		periodEnd: "2027-05-31",
		practiceDays: 10,
		requiredDays: 180,
	},
];

export const certificates: Certificate[] = [
	{
		id: "c1",
		name: "网络系统建设与运维",
		aliases: ["网络运维"],
		kind: "x",
		organisation: "华为技术有限公司",
		organisations: ["华为技术有限公司"],
		levels: ["初级", "中级", "高级"],
		description: null,
		batch: null,
		sources: [source],
	},
	{
		id: "c2",
		name: "智能计算平台应用开发",
		aliases: [],
		kind: "x",
		organisation: null,
		organisations: [],
		levels: [],
		description: null,
		batch: null,
		sources: [source],
	},
	{
		id: "c3",
		name: "Web前端开发",
		aliases: ["前端"],
		kind: "x",
		organisation: null,
		organisations: [],
		levels: ["初级", "中级", "高级"],
		description: null,
		batch: null,
		sources: [source],
	},
	{
		id: "c4",
		name: "Web应用软件测试",
		aliases: [],
		kind: "x",
		organisation: null,
		organisations: [],
		levels: [],
		description: null,
		batch: null,
		sources: [source],
	},
];

export function reminderStore(
	data: Partial<ReminderData> = {},
): Store<{ reminders: ReminderData }> {
	return memoryStore({ reminders: { ...emptyReminderData(), ...data } });
}

/** What a sweeper keeps: subscriptions (with pauses and opt-outs) and the outbox. */
export interface ReminderStores {
	subscriptions: SubscriptionRepository;
	outbox: OutboxRepository;
}

/** The lowdb reminder repositories over `store`. */
export function lowdbReminders(
	store: Store<{ reminders: ReminderData }>,
): ReminderStores {
	return {
		subscriptions: lowdbSubscriptionRepository(store),
		outbox: lowdbOutboxRepository(store),
	};
}

/** Fixed exam rounds as the sweep reads them, none added at run time. */
export const fixedRounds =
	(rounds: readonly ExamRound[]) => async (): Promise<ScheduledRounds> => ({
		rounds,
		addedAt: new Map(),
	});

/** A sweeper over `store` and the year's rounds, no teachers, sending at 08:00 Shanghai time. */
export function yearSweeper(
	store: Store<{ reminders: ReminderData }> | ReminderStores,
	notifiers: Notifier[],
	certificateName: (id: string) => string | undefined = () =>
		"网络系统建设与运维",
) {
	const repos = "data" in store ? lowdbReminders(store) : store;
	return createSweeper({
		subscriptions: repos.subscriptions,
		outboxRepository: repos.outbox,
		rounds: fixedRounds(yearRounds),
		teachers: async () => [],
		certificateName,
		notifiers,
		zone: "Asia/Shanghai",
		reminderTime: "08:00",
		logger: silentLogger,
	});
}
