/**
 * Everyday words students use for a field (`带娃`, `做账`, `焊工`), mapped to certificates that
 * exist. Kept in `knowledge/vocabulary.json` with a note per entry; a word may map to nothing,
 * which the answer then says plainly (with the closest fields when the note names some).
 */

import { z } from "zod";
import { normalize } from "./normalize.js";

export const vocabularyEntrySchema = z.strictObject({
	word: z.string().min(1),
	certificates: z.array(z.string()),
	/** Why the word means these certificates, or why it means none. */
	note: z.string().min(1),
	/** For a word with no certificate: neighbouring fields worth offering. */
	closest: z.array(z.string()).optional(),
});

export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;

/**
 * Problems with ids that name no certificate, one line each (empty when all is well, and
 * when `certificateIds` is null because certificates.json itself could not be read).
 */
export function checkVocabulary(
	entries: readonly VocabularyEntry[],
	certificateIds: ReadonlySet<string> | null,
	label: string,
): string[] {
	const problems: string[] = [];
	if (certificateIds === null) return problems;
	for (const e of entries) {
		for (const id of [...e.certificates, ...(e.closest ?? [])]) {
			if (!certificateIds.has(id))
				problems.push(
					`${label}: word "${e.word}": no certificate with id "${id}" in certificates.json`,
				);
		}
	}
	return problems;
}

export interface VocabularyHit {
	entry: VocabularyEntry;
	/** Where the word starts in the text it was found in. */
	at: number;
	length: number;
}

export interface Vocabulary {
	/** The longest vocabulary word in `text`; Latin words only as whole words (`ai` not in `maintain`). */
	find(text: string): VocabularyHit | undefined;
}

const LATIN = /^[a-z0-9][a-z0-9 +-]*$/u;

/** Builds the lookup once; `find` is then one pass per word, longest words first. */
export function createVocabulary(
	entries: readonly VocabularyEntry[],
): Vocabulary {
	const words = entries
		.map((entry) => ({ entry, word: normalize(entry.word) }))
		.sort((a, b) => b.word.length - a.word.length);
	return {
		find(text) {
			for (const { entry, word } of words) {
				let at = text.indexOf(word);
				while (at >= 0) {
					const before = text[at - 1] ?? " ";
					const after = text[at + word.length] ?? " ";
					const whole =
						!LATIN.test(word) ||
						(!/[a-z0-9]/u.test(before) && !/[a-z0-9]/u.test(after));
					if (whole) return { entry, at, length: word.length };
					at = text.indexOf(word, at + 1);
				}
			}
			return undefined;
		},
	};
}
