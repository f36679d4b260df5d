/** Chinese word segmentation for Fuse's token search; Node's full ICU knows Chinese words. */

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/**
 * Word-like segments of `text` (`web前端什么时候考试` → `web|前端|什么时候|考试`).
 * Deterministic, as Fuse requires of a tokenizer; punctuation and spaces are dropped.
 */
export function segmentWords(text: string): string[] {
	const out: string[] = [];
	for (const part of segmenter.segment(text)) {
		if (part.isWordLike) out.push(part.segment);
	}
	return out;
}
