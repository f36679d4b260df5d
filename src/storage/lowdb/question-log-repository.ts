import type { LoggedEntry } from "../../features/users/question-groups.js";
import type {
	QuestionLogRepository,
	StoredQuestion,
} from "../../features/users/question-log-repository.js";
import type { DbData } from "../db.js";
import type { DocChange } from "../document-change.js";
import type { Store } from "../store.js";

type Kind = LoggedEntry["type"];

/** The document list each kind lives in. */
const LISTS = {
	unanswered: "unanswered",
	guess: "guesses",
	feedback: "feedback",
} as const satisfies Record<Kind, keyof DbData>;

const KINDS = Object.keys(LISTS) as Kind[];

type Entry = LoggedEntry["entry"];

const same = (a: Entry, b: Entry) =>
	a.at === b.at && a.userKey === b.userKey && a.text === b.text;

/**
 * The question log over the document's `unanswered`, `guesses` and `feedback` lists. An entry's
 * id is its position when read; appends only drop entries at the head, so `markHandled` finds
 * an entry at that position or a little before it, and checks it is the same entry.
 */
export function lowdbQuestionLogRepository(
	store: Store<DbData>,
): QuestionLogRepository {
	const list = (kind: Kind) => store.data[LISTS[kind]] as readonly Entry[];

	/** Where `item` is now, or -1 when it was dropped. */
	function locate(item: StoredQuestion): number {
		const entries = list(item.type);
		for (let i = Math.min(Number(item.id), entries.length - 1); i >= 0; i--) {
			const at = entries[i];
			if (at && same(at, item.entry)) return i;
		}
		return -1;
	}

	return {
		async append(item, keep) {
			const path = [LISTS[item.type]];
			const changes: DocChange[] = [{ op: "push", path, value: item.entry }];
			const extra = list(item.type).length + 1 - keep;
			if (extra > 0)
				changes.push({ op: "splice", path, index: 0, count: extra });
			await store.apply(changes);
		},
		async recentUnanswered(limit) {
			if (limit <= 0) return [];
			return store.data.unanswered
				.slice(-limit)
				.reverse()
				.map((e) => ({ ...e }));
		},
		async openEntries(limit) {
			if (limit <= 0) return [];
			const open: StoredQuestion[] = [];
			for (const type of KINDS)
				list(type).forEach((entry, i) => {
					if (entry.handledAt === undefined)
						open.push({
							type,
							entry: { ...entry },
							id: String(i),
						} as StoredQuestion);
				});
			// Stable: entries of the same instant keep the order of the lists.
			return open
				.sort((a, b) => a.entry.at.localeCompare(b.entry.at))
				.slice(-limit);
		},
		async markHandled(entries, at) {
			const changes: DocChange[] = [];
			const seen = new Set<string>();
			for (const item of entries) {
				const i = locate(item);
				const key = `${item.type}:${i}`;
				if (i < 0 || seen.has(key)) continue;
				if (list(item.type)[i]?.handledAt !== undefined) continue;
				seen.add(key);
				changes.push({
					op: "set",
					path: [LISTS[item.type], i, "handledAt"],
					value: at,
				});
			}
			if (changes.length > 0) await store.apply(changes);
			return changes.length;
		},
	};
}
