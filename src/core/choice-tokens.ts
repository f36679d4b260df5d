/**
 * Button payloads must be short (Telegram callback_data 64 bytes, Discord custom_id 100
 * characters). A command that fits is carried as it is; a longer one is replaced by a short
 * token remembered here (most recent `capacity` kept, so an old button may expire).
 */
const encoder = new TextEncoder();

export class ChoiceTokens {
	private readonly map = new Map<string, string>();
	private counter = 0;

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
		const token = `~${(++this.counter).toString(36)}`;
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
