import { HttpError, type Transformer } from "grammy";

export interface RetryOptions {
	/** Tries per call, the first included; default 4. */
	maxAttempts?: number;
	/** Longest single wait; a 429 asking for longer is not waited for but reported. Default 30 s. */
	maxDelayMs?: number;
	/** First backoff for 5xx and network errors, doubled each time; default 1 s. */
	baseDelayMs?: number;
	/** Told about every retry (for logging). */
	onRetry?: (info: {
		method: string;
		attempt: number;
		delayMs: number;
		reason: string;
	}) => void;
}

/** grammY's own AbortSignal type (from the abort-controller shim on Node). */
type Signal = Parameters<Transformer>[3];

function sleep(ms: number, signal: Signal): Promise<void> {
	return new Promise((resolve) => {
		const done = () => {
			clearTimeout(timer);
			signal?.removeEventListener("abort", done);
			resolve();
		};
		const timer = setTimeout(done, ms);
		signal?.addEventListener("abort", done, { once: true });
	});
}

/**
 * An API transformer for outgoing calls: waits out 429 `retry_after`, retries 5xx answers and
 * network errors with doubling backoff, at most `maxAttempts` tries and never longer than
 * `maxDelayMs` per wait; then the last answer or error goes to the caller (GrammyError /
 * HttpError). `getUpdates` is left alone: grammY's polling loop has its own retry.
 * Unlike @grammyjs/auto-retry it always ends, even when the API is unreachable.
 */
export function retryTransformer(options: RetryOptions = {}): Transformer {
	const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
	const maxDelay = options.maxDelayMs ?? 30_000;
	const base = options.baseDelayMs ?? 1_000;
	const backoff = (attempt: number) =>
		Math.min(base * 2 ** (attempt - 1), maxDelay);

	return async (prev, method, payload, signal) => {
		if (method === "getUpdates") return prev(method, payload, signal);
		for (let attempt = 1; ; attempt++) {
			let delayMs: number | undefined;
			let reason: string;
			try {
				const answer = await prev(method, payload, signal);
				if (answer.ok) return answer;
				reason = `${answer.error_code} ${answer.description}`;
				if (answer.error_code === 429) {
					const after = (answer.parameters?.retry_after ?? 1) * 1000;
					delayMs = after <= maxDelay ? after : undefined;
				} else if (answer.error_code >= 500) {
					delayMs = backoff(attempt);
				}
				if (delayMs === undefined || attempt >= maxAttempts || signal?.aborted)
					return answer;
			} catch (error) {
				if (
					!(error instanceof HttpError) ||
					attempt >= maxAttempts ||
					signal?.aborted
				)
					throw error;
				reason = error.message;
				delayMs = backoff(attempt);
			}
			options.onRetry?.({ method, attempt, delayMs, reason });
			await sleep(delayMs, signal);
		}
	};
}
