import type {
	ReminderData,
	Subscription,
} from "../../features/reminders/data.js";
import type { SubscriptionRepository } from "../../features/reminders/subscription-repository.js";
import type { DocChange } from "../document-change.js";
import type { Store } from "../store.js";

const R = "reminders";

/**
 * Subscriptions, pauses and practice opt-outs in the `reminders` section of the embedded
 * document. Subscriptions are indexed by chat; the index is rebuilt whenever the list it was
 * built from is no longer the document's (a failed write puts the document back as on disk).
 */
export function lowdbSubscriptionRepository(
	store: Store<{ reminders: ReminderData }>,
): SubscriptionRepository {
	const data = () => store.data.reminders;
	let indexed: readonly Subscription[] | undefined;
	let byChat = new Map<string, Subscription[]>();

	function index(): Map<string, Subscription[]> {
		const subs = data().subscriptions;
		if (indexed !== subs) {
			byChat = new Map();
			for (const s of subs) add(s);
			indexed = subs;
		}
		return byChat;
	}
	function add(s: Subscription) {
		const list = byChat.get(s.chatKey);
		if (list) list.push(s);
		else byChat.set(s.chatKey, [s]);
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
				const pending = store.apply(changes);
				// Applied in this tick: the index follows at once.
				if (!exists && indexed === data().subscriptions) add(stored);
				await pending;
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
			await pending;
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
