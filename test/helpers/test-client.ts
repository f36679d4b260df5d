import { createBot } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import type { Role } from "../../src/core/command.js";
import type { Services } from "../../src/core/context.js";
import {
	type KnowledgeData,
	loadKnowledge,
} from "../../src/features/knowledge/load.js";
import type { ConnectableAlerts } from "../../src/features/users/admin-alerts.js";
import type { AdminAlerts } from "../../src/features/users/invites-port.js";
import { type DbData, emptyDb } from "../../src/storage/db.js";
import { memoryStore, type Store } from "../../src/storage/store.js";
import { type ChatClient, chatClient } from "./chat-client.js";
import { FixedClock } from "./fixed-clock.js";
import { MemoryLogger } from "./memory-logger.js";

let knowledge: Promise<KnowledgeData> | undefined;

/** The shipped knowledge base, loaded once per test file. */
export function shippedKnowledge(): Promise<KnowledgeData> {
	knowledge ??= loadKnowledge(
		new URL("../../knowledge", import.meta.url).pathname,
	);
	return knowledge;
}

export interface TestClient extends ChatClient {
	services: Services;
	store: Store<DbData>;
	/** Gives a user a role directly in the store, as an admin grant would. */
	grant(user: string, role: Exclude<Role, "student" | "admin">): Promise<void>;
}

/**
 * The chat client (`say`, `press`) over the real commands, services and knowledge base, with an in-memory
 * store and a fixed clock (2026-11-28 10:00 in Shanghai unless told otherwise).
 */
export async function createTestClient(
	options: {
		now?: string;
		admins?: string[];
		inviteCode?: string;
		groupSubscribeRole?: "anyone" | "teacher" | "admin";
		/** Knowledge to use instead of the shipped files (a variant built from them). */
		knowledge?: KnowledgeData;
		alerts?: AdminAlerts;
		/** The bot's own rate limit (20 messages per 10 s) instead of one no test reaches. */
		productionLimit?: boolean;
	} = {},
): Promise<TestClient> {
	const clock = new FixedClock(options.now ?? "2026-11-28T02:00:00Z");
	const logger = new MemoryLogger();
	const store = memoryStore(emptyDb());
	// The bot as main.ts builds it, over an in-memory store; admin alerts go to `options.alerts`.
	const alerts: ConnectableAlerts = {
		connect() {},
		send: async (reply, log) => options.alerts?.send(reply, log),
	};
	const { services, dispatcher } = createBot(
		{
			...loadConfig({}),
			adminIds: options.admins ?? ["console:admin"],
			teacherInviteCode: options.inviteCode ?? "JOIN-2026",
			zone: "Asia/Shanghai",
			reminderTime: "08:00",
			groupSubscribeRole: options.groupSubscribeRole ?? "teacher",
		},
		{
			store,
			knowledge: options.knowledge ?? (await shippedKnowledge()),
			clock,
			logger,
			alerts,
		},
		options.productionLimit
			? {}
			: { rateLimit: { limit: 1000, windowMs: 1000 } },
	);
	// A private chat is the user's own; a group is one shared group per platform.
	const client = chatClient(dispatcher, clock, logger, {
		chatKey: (user, kind, platform) =>
			kind === "group" ? `${platform}:group1` : user,
	});
	return {
		...client,
		services,
		store,
		async grant(user, role) {
			await store.update((d) => {
				d.training.roles[user] = role;
			});
		},
	};
}
