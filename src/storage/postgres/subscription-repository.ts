import type { ChatPause, Subscription } from "../../features/reminders/data.js";
import type { SubscriptionRepository } from "../../features/reminders/subscription-repository.js";
import type { PgDatabase } from "./database.js";

interface SubscriptionRow {
	chat_key: string;
	certificate_id: string;
	subscribed_by: string;
	subscribed_at: Date;
	locale: "zh-CN" | "en";
}

interface PauseRow {
	chat_key: string;
	reason: "gone" | "blocked";
	paused_at: Date;
	detail: string | null;
}

const subscriptionColumns =
	"chat_key, certificate_id, subscribed_by, subscribed_at, locale";

function subscriptionFromRow(r: SubscriptionRow): Subscription {
	return {
		chatKey: r.chat_key,
		certificateId: r.certificate_id,
		by: r.subscribed_by,
		at: r.subscribed_at.toISOString(),
		locale: r.locale,
	};
}

function pauseFromRow(r: PauseRow): ChatPause {
	return {
		reason: r.reason,
		at: r.paused_at.toISOString(),
		...(r.detail !== null ? { detail: r.detail } : {}),
	};
}

/** Subscriptions, paused chats and practice opt-outs in the `reminder_*` tables. */
export function postgresSubscriptionRepository(
	db: PgDatabase,
): SubscriptionRepository {
	return {
		subscribe(sub) {
			return db.transaction(async (sql) => {
				const resumed = await sql.query(
					"DELETE FROM reminder_paused_chats WHERE chat_key = $1",
					[sub.chatKey],
				);
				const added = await sql.query(
					`INSERT INTO reminder_subscriptions (${subscriptionColumns})
					 VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
					[sub.chatKey, sub.certificateId, sub.by, sub.at, sub.locale],
				);
				return {
					added: (added.rowCount ?? 0) > 0,
					resumed: (resumed.rowCount ?? 0) > 0,
				};
			});
		},

		async unsubscribe(chatKey, certificateId) {
			const { rowCount } = await db.query(
				"DELETE FROM reminder_subscriptions WHERE chat_key = $1 AND certificate_id = $2",
				[chatKey, certificateId],
			);
			return (rowCount ?? 0) > 0;
		},

		async subscriptionsOf(chatKey) {
			const { rows } = await db.query<SubscriptionRow>(
				`SELECT ${subscriptionColumns} FROM reminder_subscriptions
				 WHERE chat_key = $1 ORDER BY seq`,
				[chatKey],
			);
			return rows.map(subscriptionFromRow);
		},

		async allSubscriptions() {
			const { rows } = await db.query<SubscriptionRow>(
				`SELECT ${subscriptionColumns} FROM reminder_subscriptions ORDER BY seq`,
			);
			return rows.map(subscriptionFromRow);
		},

		async pauseOf(chatKey) {
			const { rows } = await db.query<PauseRow>(
				"SELECT * FROM reminder_paused_chats WHERE chat_key = $1",
				[chatKey],
			);
			return rows[0] && pauseFromRow(rows[0]);
		},

		async pausedChats() {
			const { rows } = await db.query<PauseRow>(
				"SELECT * FROM reminder_paused_chats ORDER BY paused_at, chat_key",
			);
			const out: Record<string, ChatPause> = {};
			for (const r of rows) out[r.chat_key] = pauseFromRow(r);
			return out;
		},

		async setPracticeOptOut(teacherKey, optOut) {
			if (optOut) {
				await db.query(
					"INSERT INTO reminder_practice_opt_outs (teacher_key) VALUES ($1) ON CONFLICT DO NOTHING",
					[teacherKey],
				);
				return;
			}
			await db.transaction(async (sql) => {
				await sql.query(
					"DELETE FROM reminder_practice_opt_outs WHERE teacher_key = $1",
					[teacherKey],
				);
				await sql.query(
					"DELETE FROM reminder_paused_chats WHERE chat_key = $1",
					[teacherKey],
				);
			});
		},

		async isPracticeOptedOut(teacherKey) {
			const { rows } = await db.query(
				"SELECT 1 FROM reminder_practice_opt_outs WHERE teacher_key = $1",
				[teacherKey],
			);
			return rows.length > 0;
		},

		async practiceOptOuts() {
			const { rows } = await db.query<{ teacher_key: string }>(
				"SELECT teacher_key FROM reminder_practice_opt_outs ORDER BY seq",
			);
			return rows.map((r) => r.teacher_key);
		},
	};
}
