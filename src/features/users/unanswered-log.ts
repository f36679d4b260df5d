import type { Store } from "../../storage/store.js";
import { groupQuestions, type LoggedEntry } from "./question-groups.js";
import type {
	AnswerFeedback,
	GuessedAnswer,
	UnansweredLog,
	UnansweredQuestion,
} from "./users-port.js";

const KEEP = 1000;
const TEXT = 500;
const REVIEWED = 1000;

type LogData = {
	unanswered: UnansweredQuestion[];
	guesses: GuessedAnswer[];
	feedback: AnswerFeedback[];
};

function keepNewest<T>(list: T[], item: T): void {
	list.push(item);
	if (list.length > KEEP) list.splice(0, list.length - KEEP);
}

/**
 * Unanswered questions, guessed answers and 有用/没用 presses in the database; each list keeps
 * its newest 1,000 and cuts texts at 500 characters.
 */
export function createUnansweredLog(store: Store<LogData>): UnansweredLog {
	function open(d: Readonly<LogData>): LoggedEntry[] {
		const all: LoggedEntry[] = [
			...d.unanswered.map((entry) => ({ type: "unanswered" as const, entry })),
			...d.guesses.map((entry) => ({ type: "guess" as const, entry })),
			...d.feedback.map((entry) => ({ type: "feedback" as const, entry })),
		];
		// Grouping compares each wording with every group: the newest open ones bound the work.
		return all
			.filter((e) => e.entry.handledAt === undefined)
			.sort((a, b) => a.entry.at.localeCompare(b.entry.at))
			.slice(-REVIEWED);
	}
	return {
		async record(entry) {
			await store.update((d) => {
				keepNewest(d.unanswered, { ...entry, text: entry.text.slice(0, TEXT) });
			});
		},
		async recordGuess(entry) {
			await store.update((d) => {
				keepNewest(d.guesses, {
					...entry,
					text: entry.text.slice(0, TEXT),
					shown: entry.shown.slice(0, 6).map((s) => s.slice(0, 100)),
				});
			});
		},
		async recordFeedback(entry) {
			await store.update((d) => {
				keepNewest(d.feedback, {
					...entry,
					text: entry.text.slice(0, TEXT),
					...(entry.shown === undefined
						? {}
						: { shown: entry.shown.slice(0, 100) }),
				});
			});
		},
		list(limit) {
			return store.data.unanswered.slice(-limit).reverse();
		},
		review(limit) {
			return groupQuestions(open(store.data))
				.slice(0, Math.max(0, limit))
				.map((g) => g.group);
		},
		markHandled(change, id) {
			const at = change.now.toISOString();
			// Grouped inside the update, so the entries marked are those of the document written.
			return store.update((d) => {
				const found = groupQuestions(open(d)).find((g) => g.group.id === id);
				for (const member of found?.members ?? []) member.entry.handledAt = at;
				return found?.members.length ?? 0;
			});
		},
	};
}
