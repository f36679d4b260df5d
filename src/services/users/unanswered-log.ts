import type {
	UnansweredLog,
	UnansweredQuestion,
} from "../../core/users-port.js";
import type { Store } from "../storage/store.js";

const KEEP = 1000;

/** Unanswered questions in the database, newest kept, oldest dropped past 1,000. */
export function createUnansweredLog(
	store: Store<{ unanswered: UnansweredQuestion[] }>,
): UnansweredLog {
	return {
		async record(entry) {
			await store.update((d) => {
				d.unanswered.push({ ...entry, text: entry.text.slice(0, 500) });
				if (d.unanswered.length > KEEP)
					d.unanswered.splice(0, d.unanswered.length - KEEP);
			});
		},
		list(limit) {
			return store.data.unanswered.slice(-limit).reverse();
		},
	};
}
