/**
 * Message text as lines of styled spans, kept as plain text until the very end so that a
 * long answer can be cut anywhere without ever cutting an HTML tag or an entity.
 */
export type SpanStyle = "b" | "code";
export interface Span {
	text: string;
	style?: SpanStyle;
}
export type Line = Span[];

/** Telegram counts message length in UTF-16 code units after entity parsing. */
export function lineLength(line: Line): number {
	return line.reduce((n, s) => n + s.text.length, 0);
}

const softBreak = /[\s，。；！？、,.;!?)）」】]/u;

/** Where to cut `text` so the first part is at most `max` long: after a space or punctuation if one is near; 0 when only half a surrogate pair would fit. */
function cutPoint(text: string, max: number): number {
	let cut = max;
	for (let i = max; i > max * 0.6; i--) {
		if (softBreak.test(text[i - 1] ?? "")) {
			cut = i;
			break;
		}
	}
	// Never separate the two halves of a surrogate pair.
	const code = text.charCodeAt(cut - 1);
	if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
	return cut;
}

/** Cuts one over-long line into lines of at most `max`, keeping each span's style. */
export function breakLine(line: Line, maxLength: number): Line[] {
	// Two units always fit a whole character, so every round makes progress.
	const max = Math.max(2, maxLength);
	const out: Line[] = [];
	let current: Line = [];
	let room = max;
	const queue = [...line];
	while (queue.length > 0) {
		const span = queue.shift() as Span;
		if (span.text.length <= room) {
			current.push(span);
			room -= span.text.length;
			continue;
		}
		const at = room > 0 ? cutPoint(span.text, room) : 0;
		if (at > 0) current.push({ ...span, text: span.text.slice(0, at) });
		queue.unshift({ ...span, text: span.text.slice(at) });
		out.push(current);
		current = [];
		room = max;
	}
	if (current.length > 0) out.push(current);
	return out;
}

function isBlank(line: Line): boolean {
	return line.every((s) => s.text.trim() === "");
}

/**
 * Packs lines into chunks of at most `max` characters (line breaks counted), cutting only
 * between lines where possible. Blank lines at a chunk's edges are dropped, and so are
 * chunks with nothing visible, which Telegram would reject as empty.
 */
export function packLines(lines: Line[], max: number): Line[][] {
	const chunks: Line[][] = [];
	let current: Line[] = [];
	let size = 0;
	const flush = () => {
		while (current.length > 0 && isBlank(current[current.length - 1] ?? []))
			current.pop();
		if (current.length > 0) chunks.push(current);
		current = [];
		size = 0;
	};
	for (const line of lines.flatMap((l) =>
		lineLength(l) > max ? breakLine(l, max) : [l],
	)) {
		if (current.length === 0 && isBlank(line)) continue;
		const extra = (current.length > 0 ? 1 : 0) + lineLength(line);
		if (size + extra > max) {
			flush();
			if (isBlank(line)) continue;
			current.push(line);
			size = lineLength(line);
		} else {
			current.push(line);
			size += extra;
		}
	}
	flush();
	return chunks;
}
