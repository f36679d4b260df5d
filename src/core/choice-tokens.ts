/**
 * Button payloads must be short (Telegram callback_data 64 bytes, Discord custom_id 100
 * characters). A command that fits is carried as it is; a longer one is replaced by a token
 * derived from the command itself, so the same command gets the same token in every process.
 * The command behind a token is remembered in memory (most recent `capacity` kept): after a
 * restart, or on another instance, an old button is reported as expired, never mistaken for
 * another command.
 */
const encoder = new TextEncoder();

/** Two 32-bit FNV-1a hashes with different offsets: 64 bits, so collisions are negligible. */
function digest(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ 0x5bd1e995;
	for (const byte of encoder.encode(text)) {
		a = Math.imul(a ^ byte, 0x01000193) >>> 0;
		b = Math.imul(b ^ byte, 0x01000193) >>> 0;
	}
	return a.toString(36).padStart(7, "0") + b.toString(36).padStart(7, "0");
}

export class ChoiceTokens {
	private readonly map = new Map<string, string>();

	constructor(
		private readonly maxBytes = 64,
		private readonly capacity = 5000,
	) {}

	encode(command: string): string {
		if (
			!command.startsWith("~") &&
			encoder.encode(command).length <= this.maxBytes
		)
			return command;
		const token = `~${digest(command)}`;
		// Re-inserted so that a token in use stays among the most recent.
		this.map.delete(token);
		this.map.set(token, command);
		if (this.map.size > this.capacity) {
			const oldest = this.map.keys().next().value;
			if (oldest !== undefined) this.map.delete(oldest);
		}
		return token;
	}

	/** The command behind a payload, or `undefined` when the token has expired. */
	decode(data: string): string | undefined {
		return data.startsWith("~") ? this.map.get(data) : data;
	}
}
