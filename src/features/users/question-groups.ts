/**
 * Groups logged questions by similar wording for admins: same text once punctuation, spaces,
 * case and width are ignored, or character pairs mostly shared (Dice ≥ 0.7).
 */
import type {
	AnswerFeedback,
	GuessedAnswer,
	QuestionGroup,
	UnansweredQuestion,
} from "./users-port.js";

export type LoggedEntry =
	| { type: "unanswered"; entry: UnansweredQuestion }
	| { type: "guess"; entry: GuessedAnswer }
	| { type: "feedback"; entry: AnswerFeedback };

const SIMILAR = 0.7;

/** The wording that matters: NFKC, lower case, letters and digits only. */
export function wordingKey(text: string): string {
	return text
		.normalize("NFKC")
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]/gu, "");
}

function pairs(key: string): Set<string> {
	const chars = [...key];
	const out = new Set<string>();
	if (chars.length === 1) out.add(key);
	for (let i = 0; i + 1 < chars.length; i++)
		out.add(`${chars[i]}${chars[i + 1]}`);
	return out;
}

function dice(a: Set<string>, b: Set<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	let shared = 0;
	for (const p of a) if (b.has(p)) shared++;
	return (2 * shared) / (a.size + b.size);
}

/** A short stable id of a wording (FNV-1a, base 36). */
export function groupId(key: string): string {
	let h = 0x811c9dc5;
	for (const ch of new TextEncoder().encode(key))
		h = Math.imul(h ^ ch, 0x01000193) >>> 0;
	return h.toString(36).padStart(7, "0");
}

interface Building<E> {
	group: QuestionGroup;
	pairs: Set<string>;
	members: E[];
}

/** Groups `entries` (oldest first) and returns them with their members, in review order. */
export function groupQuestions<E extends LoggedEntry>(
	entries: readonly E[],
): { group: QuestionGroup; members: E[] }[] {
	const groups: Building<E>[] = [];
	const byKey = new Map<string, Building<E>>();
	for (const item of entries) {
		const key = wordingKey(item.entry.text);
		const p = pairs(key);
		let home = byKey.get(key);
		if (!home) {
			home = groups.find((g) => dice(g.pairs, p) >= SIMILAR);
			if (!home) {
				home = {
					group: {
						id: groupId(key),
						text: item.entry.text,
						count: 0,
						unanswered: 0,
						guesses: 0,
						notUseful: 0,
						useful: 0,
						worstScore: 0,
						lastAt: item.entry.at,
						lastUserKey: item.entry.userKey,
						shown: [],
					},
					pairs: p,
					members: [],
				};
				groups.push(home);
			}
			byKey.set(key, home);
		}
		const g = home.group;
		home.members.push(item);
		g.count++;
		if (item.entry.at >= g.lastAt) {
			g.lastAt = item.entry.at;
			g.lastUserKey = item.entry.userKey;
			g.text = item.entry.text;
		}
		if (item.type === "unanswered") {
			g.unanswered++;
			g.worstScore = 1;
		} else if (item.type === "guess") {
			g.guesses++;
			g.worstScore = Math.max(g.worstScore, item.entry.score);
			g.shown = item.entry.shown;
		} else if (item.entry.useful) g.useful++;
		else {
			g.notUseful++;
			if (item.entry.shown) g.shown = [item.entry.shown];
		}
	}
	return groups
		.filter((b) => b.group.count > b.group.useful)
		.sort(
			(a, b) =>
				b.group.notUseful -
					b.group.useful -
					(a.group.notUseful - a.group.useful) ||
				b.group.worstScore - a.group.worstScore ||
				b.group.count - a.group.count ||
				b.group.lastAt.localeCompare(a.group.lastAt),
		)
		.map((b) => ({ group: b.group, members: b.members }));
}
