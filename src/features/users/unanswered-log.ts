import { groupQuestions } from "./question-groups.js";
import type { QuestionLogRepository } from "./question-log-repository.js";
import type { UnansweredLog } from "./users-port.js";

const KEEP = 1000;
const TEXT = 500;
const REVIEWED = 1000;

/**
 * Unanswered questions, guessed answers and 有用/没用 presses, kept through `repository`; each
 * list keeps its newest 1,000 and cuts texts at 500 characters.
 */
export function createUnansweredLog(
	repository: QuestionLogRepository,
): UnansweredLog {
	async function groups() {
		// Grouping compares each wording with every group: the newest open ones bound the work.
		return groupQuestions(await repository.openEntries(REVIEWED));
	}
	return {
		async record(change, question) {
			await repository.append(
				{
					type: "unanswered",
					entry: {
						at: change.now.toISOString(),
						userKey: change.actor.key,
						text: question.text.slice(0, TEXT),
					},
				},
				KEEP,
			);
		},
		async recordGuess(change, guess) {
			await repository.append(
				{
					type: "guess",
					entry: {
						at: change.now.toISOString(),
						userKey: change.actor.key,
						text: guess.text.slice(0, TEXT),
						kind: guess.kind,
						score: guess.score,
						shown: guess.shown.slice(0, 6).map((s) => s.slice(0, 100)),
					},
				},
				KEEP,
			);
		},
		async recordFeedback(change, feedback) {
			await repository.append(
				{
					type: "feedback",
					entry: {
						at: change.now.toISOString(),
						userKey: change.actor.key,
						text: feedback.text.slice(0, TEXT),
						useful: feedback.useful,
						...(feedback.shown === undefined
							? {}
							: { shown: feedback.shown.slice(0, 100) }),
					},
				},
				KEEP,
			);
		},
		list: (limit) => repository.recentUnanswered(Math.max(0, limit)),
		async review(limit) {
			return (await groups()).slice(0, Math.max(0, limit)).map((g) => g.group);
		},
		async markHandled(change, id) {
			const found = (await groups()).find((g) => g.group.id === id);
			if (!found) return 0;
			// Entries logged after the listing are not in `members` and stay open.
			return repository.markHandled(found.members, change.now.toISOString());
		},
	};
}
