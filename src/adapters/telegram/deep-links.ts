import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Reply } from "../../core/reply.js";

/** Telegram's limit for a `?start=` payload: 1–64 characters of `A-Za-z0-9_-`. */
export const MAX_PAYLOAD = 64;
const PAYLOAD = /^[A-Za-z0-9_-]{1,64}$/;
const SIG_LENGTH = 11; // 66 bits of HMAC-SHA256, base64url
const EXP_LENGTH = 6; // expiry in minutes since the epoch, base36, zero-padded

/** What `/start <payload>` in the private chat should do. */
export type Opened =
	| { kind: "run"; text: string }
	| { kind: "reply"; reply: Reply }
	| { kind: "invalid" }
	| { kind: "expired" }
	| { kind: "not_yours" };

export interface DeepLinksOptions {
	/** Signs payloads; the bot token, so another bot's payloads never verify here. */
	secret: string;
	now?: () => number;
	/** How long a link works; default 24 h. */
	ttlMs?: number;
	/** Undelivered replies kept in memory at most; the oldest go first. Default 1,000. */
	maxStored?: number;
}

interface Stored {
	userId: number;
	reply: Reply;
	expires: number;
}

// Links the bot hands out itself: public reads, the same for everyone, no expiry.
const SHARED = new Map<string, (id: string) => string>([
	["cert", (id) => `/cert ${id}`],
	// An exam round id begins with its certificate's id (`c070-2024-03-16`).
	["exam", (id) => `/exam ${id.split("-")[0] ?? id}`],
]);
const SHARED_ID = /^[a-z0-9][a-z0-9-]{0,40}$/;

/** `https://t.me/<bot>?start=<payload>`. */
export function startUrl(botUsername: string, payload: string): string {
	return `https://t.me/${botUsername}?start=${payload}`;
}

/** `cert_c019`, `exam_c070-2024-03-16`: the payload of a link the bot hands out for anyone. */
export function sharedPayload(kind: "cert" | "exam", id: string): string {
	if (!SHARED_ID.test(id)) throw new Error(`not a shareable id: ${id}`);
	return `${kind}_${id}`;
}

/**
 * Deep-link payloads for `https://t.me/<bot>?start=…`, all within Telegram's 64 characters:
 * `r…` re-runs a read command (signed and expiring, so it survives a restart), `s…` shows a
 * reply kept in memory for the one user it was meant for (writes are never run twice), and
 * `cert_…` / `exam_…` are public links. Anything forged, expired, too long or signed by
 * another bot opens as `invalid` or `expired`, never as a command.
 */
export function createDeepLinks(options: DeepLinksOptions) {
	const now = options.now ?? Date.now;
	const ttl = options.ttlMs ?? 24 * 60 * 60 * 1000;
	const maxStored = options.maxStored ?? 1000;
	const stored = new Map<string, Stored>();
	const sign = (body: string) =>
		createHmac("sha256", `onex-deep-link:${options.secret}`)
			.update(body)
			.digest("base64url")
			.slice(0, SIG_LENGTH);
	const expiry = () =>
		Math.ceil((now() + ttl) / 60_000)
			.toString(36)
			.padStart(EXP_LENGTH, "0");
	const seal = (kind: "r" | "s", data: string) => {
		const body = `${kind}${expiry()}${data}`;
		return `${body.slice(0, 1 + EXP_LENGTH)}${sign(body)}${data}`;
	};

	return {
		/** A link that runs `command` again for whoever opens it; `undefined` when it does not fit. */
		forRead(command: string): string | undefined {
			const payload = seal(
				"r",
				Buffer.from(command, "utf8").toString("base64url"),
			);
			return payload.length <= MAX_PAYLOAD ? payload : undefined;
		},

		/** Keeps `reply` for `userId` until it is shown once or expires. */
		forReply(userId: number, reply: Reply): string {
			for (const [key, entry] of stored)
				if (entry.expires <= now() || stored.size >= maxStored)
					stored.delete(key);
				else break;
			const id = randomBytes(9).toString("base64url");
			stored.set(id, { userId, reply, expires: now() + ttl });
			return seal("s", id);
		},

		/** What `/start <payload>` from `userId` means. */
		open(payload: string, userId: number): Opened {
			if (!PAYLOAD.test(payload)) return { kind: "invalid" };
			const shared = /^([a-z]+)_(.*)$/.exec(payload);
			const build = shared?.[1] ? SHARED.get(shared[1]) : undefined;
			if (build)
				return shared?.[2] && SHARED_ID.test(shared[2])
					? { kind: "run", text: build(shared[2]) }
					: { kind: "invalid" };
			const kind = payload[0];
			const head = payload.slice(0, 1 + EXP_LENGTH);
			const sig = payload.slice(1 + EXP_LENGTH, 1 + EXP_LENGTH + SIG_LENGTH);
			const data = payload.slice(1 + EXP_LENGTH + SIG_LENGTH);
			if ((kind !== "r" && kind !== "s") || data === "")
				return { kind: "invalid" };
			const expected = Buffer.from(sign(`${head}${data}`));
			const given = Buffer.from(sig);
			if (given.length !== expected.length || !timingSafeEqual(given, expected))
				return { kind: "invalid" };
			const expires = Number.parseInt(head.slice(1), 36) * 60_000;
			if (!Number.isFinite(expires) || expires <= now())
				return { kind: "expired" };
			if (kind === "r") {
				const text = Buffer.from(data, "base64url").toString("utf8");
				return text.startsWith("/")
					? { kind: "run", text }
					: { kind: "invalid" };
			}
			const entry = stored.get(data);
			// Signed by us but not here: shown already, or kept by a process that restarted.
			if (!entry || entry.expires <= now()) return { kind: "expired" };
			if (entry.userId !== userId) return { kind: "not_yours" };
			stored.delete(data);
			return { kind: "reply", reply: entry.reply };
		},
	};
}

export type DeepLinks = ReturnType<typeof createDeepLinks>;
