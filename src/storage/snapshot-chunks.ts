/** Elements serialized per chunk of a large list. */
const PER_CHUNK = 2000;

/**
 * `JSON.stringify(value)` as UTF-8 chunks, produced synchronously (so it is one consistent
 * state) but without one string of the whole document: lists are serialized a few thousand
 * elements at a time straight into buffers. A 100k-entry database is ≈ 45 MB of UTF-8, but
 * ≈ 90 MB as one JavaScript string (Chinese text takes two bytes per character there).
 */
export function serializeChunks(value: unknown): Buffer[] {
	const chunks: Buffer[] = [];
	let pending = "";
	const emit = (text: string) => {
		pending += text;
		if (pending.length >= 1 << 16) {
			chunks.push(Buffer.from(pending, "utf8"));
			pending = "";
		}
	};
	write(value, emit, 0);
	if (pending) chunks.push(Buffer.from(pending, "utf8"));
	return chunks;
}

function write(value: unknown, emit: (text: string) => void, depth: number) {
	if (Array.isArray(value) && value.length > PER_CHUNK) {
		emit("[");
		for (let i = 0; i < value.length; i += PER_CHUNK) {
			const part = value.slice(i, i + PER_CHUNK);
			const text = JSON.stringify(part);
			emit(i === 0 ? text.slice(1, -1) : `,${text.slice(1, -1)}`);
		}
		emit("]");
		return;
	}
	if (
		depth < 3 &&
		typeof value === "object" &&
		value !== null &&
		!Array.isArray(value) &&
		typeof (value as { toJSON?: unknown }).toJSON !== "function"
	) {
		emit("{");
		let first = true;
		for (const [key, inner] of Object.entries(value)) {
			if (
				inner === undefined ||
				typeof inner === "function" ||
				typeof inner === "symbol"
			)
				continue;
			emit(`${first ? "" : ","}${JSON.stringify(key)}:`);
			first = false;
			write(inner, emit, depth + 1);
		}
		emit("}");
		return;
	}
	emit(JSON.stringify(value) ?? "null");
}
