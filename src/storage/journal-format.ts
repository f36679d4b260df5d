/**
 * The journal's line format: one JSON object per line, the last field a CRC-32 of the bytes
 * before it, so that a torn or damaged line is told from a good one without trusting the
 * parser alone (a flipped digit still parses). Line 0 is the header; every later line is one
 * commit: the changes of the applies that shared one fsync, in order.
 *
 *   {"journal":1,"generation":3,"schemaVersion":2,"crc":"9a0c…"}
 *   {"n":1,"c":[{"op":"push","path":["training","records"],"value":{…}}],"crc":"…"}
 */

/** Bumped when the line format changes; a newer journal is refused, never misread. */
export const JOURNAL_FORMAT = 1;

export interface JournalHeader {
	journal: number;
	generation: number;
	schemaVersion: number;
}

const table = (() => {
	const t = new Int32Array(256);
	for (let i = 0; i < 256; i++) {
		let c = i;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		t[i] = c;
	}
	return t;
})();

/** CRC-32 (the zlib polynomial) of `bytes[start, end)`. */
export function crc32(
	bytes: Uint8Array,
	start = 0,
	end = bytes.length,
): number {
	let c = -1;
	for (let i = start; i < end; i++)
		c = (table[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
	return (c ^ -1) >>> 0;
}

const hex = (n: number) => n.toString(16).padStart(8, "0");
/** `,"crc":"xxxxxxxx"}` */
const TAIL = 18;

/** Closes `open` (a JSON object missing its `}`) with its checksum and a newline. */
export function sealLine(open: string): Buffer {
	const body = Buffer.from(open, "utf8");
	const tail = Buffer.from(`,"crc":"${hex(crc32(body))}"}\n`, "utf8");
	return Buffer.concat([body, tail]);
}

export function headerLine(header: Omit<JournalHeader, "journal">): Buffer {
	return sealLine(
		`{"journal":${JOURNAL_FORMAT},"generation":${header.generation},"schemaVersion":${header.schemaVersion}`,
	);
}

/** `changes` are the JSON texts of change lists (`[…]`), concatenated into one list. */
export function commitLine(n: number, changes: readonly string[]): Buffer {
	const inner = changes
		.map((c) => c.slice(1, -1))
		.filter((c) => c !== "")
		.join(",");
	return sealLine(`{"n":${n},"c":[${inner}]`);
}

/** The parsed line when its checksum matches, else `undefined`. `line` excludes the newline. */
export function openLine(line: Buffer): Record<string, unknown> | undefined {
	if (line.length <= TAIL) return undefined;
	const tail = line.subarray(line.length - TAIL).toString("latin1");
	const m = /^,"crc":"([0-9a-f]{8})"\}$/.exec(tail);
	if (!m || m[1] !== hex(crc32(line, 0, line.length - TAIL))) return undefined;
	try {
		const value: unknown = JSON.parse(line.toString("utf8"));
		return typeof value === "object" && value !== null && !Array.isArray(value)
			? (value as Record<string, unknown>)
			: undefined;
	} catch {
		return undefined;
	}
}
