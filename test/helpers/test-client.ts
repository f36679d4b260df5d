import { createBot } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import type { Role } from "../../src/core/command.js";
import type { Services } from "../../src/core/context.js";
import type { Dispatcher } from "../../src/core/dispatcher.js";
import type { Locale } from "../../src/core/i18n.js";
import { renderText } from "../../src/core/render-text.js";
import type { Reply } from "../../src/core/reply.js";
import type { ChatKind, Platform } from "../../src/core/request.js";
import {
	type KnowledgeData,
	loadKnowledge,
} from "../../src/features/knowledge/load.js";
import type { ConnectableAlerts } from "../../src/features/users/admin-alerts.js";
import type { AdminAlerts } from "../../src/features/users/invites-port.js";
import { type DbData, emptyDb } from "../../src/storage/db.js";
import { memoryStore, type Store } from "../../src/storage/store.js";
import { chatRequest } from "./chat-client.js";
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

export interface SendOptions {
	user?: string;
	chat?: ChatKind;
	chatKey?: string;
	locale?: Locale;
	addressed?: boolean;
	platform?: Platform;
}

export interface Answer {
	reply: Reply | null;
	/** Plain-text rendering, as the console shows it; "" when the bot stayed silent. */
	text: string;
}

export interface TestClient {
	dispatcher: Dispatcher;
	services: Services;
	store: Store<DbData>;
	clock: FixedClock;
	logger: MemoryLogger;
	/** Sends one message as `user` (default `console:student`) and returns the reply. */
	send(text: string, options?: SendOptions): Promise<Answer>;
	/** Gives a user a role directly in the store, as an admin grant would. */
	grant(user: string, role: Exclude<Role, "student" | "admin">): Promise<void>;
}

/**
 * A dialogue client over the real commands, services and knowledge base, with an in-memory
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
	return {
		dispatcher,
		services,
		store,
		clock,
		logger,
		async send(text, o = {}) {
			const platform = o.platform ?? "console";
			const user = o.user ?? `${platform}:student`;
			const reply = await dispatcher.handle(
				chatRequest(user, text, { ...o, platform }, (_u, kind) =>
					kind === "group" ? `${platform}:group1` : user,
				),
			);
			return {
				reply,
				text: reply ? renderText(reply, o.locale ?? "zh-CN") : "",
			};
		},
		async grant(user, role) {
			await store.update((d) => {
				d.training.roles[user] = role;
			});
		},
	};
}
