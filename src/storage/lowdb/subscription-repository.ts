import type {
	ReminderData,
	Subscription,
} from "../../features/reminders/data.js";
import type { SubscriptionRepository } from "../../features/reminders/subscription-repository.js";
import type { DocChange } from "../document-change.js";
import type { Store } from "../store.js";

const R = "reminders";

/**
 * Subscriptions by chat, per subscription list: shared by every repository over one document, so
 * a change through one is seen by all. A failed write puts back the document as on disk (a new
 * list), whose index is then built afresh.
 */
const indexes = new WeakMap<
	readonly Subscription[],
	Map<string, Subscription[]>
>();

function indexAdd(byChat: Map<string, Subscription[]>, s: Subscription) {
	const list = byChat.get(s.chatKey);
	if (list) list.push(s);
	else byChat.set(s.chatKey, [s]);
}

/**
 * Subscriptions, pauses and practice opt-outs in the `reminders` section of the embedded
 * document. Subscriptions are indexed by chat (see `indexes`).
 */
export function lowdbSubscriptionRepository(
	store: Store<{ reminders: ReminderData }>,
): SubscriptionRepository {
	const data = () => store.data.reminders;

	function index(): Map<string, Subscription[]> {
		const subs = data().subscriptions;
		let byChat = indexes.get(subs);
		if (!byChat) {
			byChat = new Map();
			for (const s of subs) indexAdd(byChat, s);
			indexes.set(subs, byChat);
		}
		return byChat;
	}
	/** A write that failed may not have changed the list: its index is built again when asked. */
	async function settled(write: Promise<void>): Promise<void> {
		const subs = data().subscriptions;
		try {
			await write;
		} catch (error) {
			indexes.delete(subs);
			indexes.delete(data().subscriptions);
			throw error;
		}
	}
	const copy = (s: Subscription): Subscription => ({ ...s });

	return {
		async subscribe(sub) {
			const d = data();
			const chat = index().get(sub.chatKey) ?? [];
			const resumed = Object.hasOwn(d.pausedChats, sub.chatKey);
			const exists = chat.some((s) => s.certificateId === sub.certificateId);
			const changes: DocChange[] = [];
			if (resumed)
				changes.push({ op: "delete", path: [R, "pausedChats", sub.chatKey] });
			const stored = copy(sub);
			if (!exists)
				changes.push({ op: "push", path: [R, "subscriptions"], value: stored });
			if (changes.length > 0) {
				const byChat = index();
				const pending = store.apply(changes);
				// Applied in this tick: the index follows at once.
				if (!exists) indexAdd(byChat, stored);
				await settled(pending);
			}
			return { added: !exists, resumed };
		},

		async unsubscribe(chatKey, certificateId) {
			const chat = index().get(chatKey) ?? [];
			const found = chat.find((s) => s.certificateId === certificateId);
			if (!found) return false;
			const at = data().subscriptions.indexOf(found);
			const pending = store.apply([
				{ op: "splice", path: [R, "subscriptions"], index: at, count: 1 },
			]);
			chat.splice(chat.indexOf(found), 1);
			await settled(pending);
			return true;
		},

		async subscriptionsOf(chatKey) {
			return (index().get(chatKey) ?? []).map(copy);
		},

		async allSubscriptions() {
			// The sweep only reads them; no copy of 100k subscriptions.
			return data().subscriptions as Subscription[];
		},

		async pauseOf(chatKey) {
			const p = data().pausedChats;
			const found = Object.hasOwn(p, chatKey) ? p[chatKey] : undefined;
			return found && { ...found };
		},

		async pausedChats() {
			return { ...data().pausedChats };
		},

		async setPracticeOptOut(teacherKey, optOut) {
			const d = data();
			const at = d.practiceOptOut.indexOf(teacherKey);
			const changes: DocChange[] = [];
			if (optOut && at < 0)
				changes.push({
					op: "push",
					path: [R, "practiceOptOut"],
					value: teacherKey,
				});
			if (!optOut && at >= 0)
				changes.push({
					op: "splice",
					path: [R, "practiceOptOut"],
					index: at,
					count: 1,
				});
			if (!optOut && Object.hasOwn(d.pausedChats, teacherKey))
				changes.push({ op: "delete", path: [R, "pausedChats", teacherKey] });
			if (changes.length > 0) await store.apply(changes);
		},

		async isPracticeOptedOut(teacherKey) {
			return data().practiceOptOut.includes(teacherKey);
		},

		async practiceOptOuts() {
			return [...data().practiceOptOut];
		},
	};
}
