/** Latency samples of the storage benches: p50 / p99 of a list of milliseconds. */
export interface Latency {
	p50: number;
	p99: number;
	/** How many samples the percentiles come from. */
	n: number;
}

/** Nearest-rank percentiles; with fewer than 100 samples p99 is the slowest one. */
export function latency(samples: readonly number[]): Latency {
	const sorted = [...samples].sort((a, b) => a - b);
	const pick = (q: number) =>
		sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
	return { p50: pick(0.5), p99: pick(0.99), n: sorted.length };
}

/** Runs `once` `count` times in a row (after `warmup` unmeasured runs) and times each. */
export async function timeEach(
	count: number,
	once: (i: number) => unknown | Promise<unknown>,
	warmup = 0,
): Promise<Latency> {
	for (let i = 0; i < warmup; i++) await once(-1 - i);
	const samples: number[] = [];
	for (let i = 0; i < count; i++) {
		const t = performance.now();
		await once(i);
		samples.push(performance.now() - t);
	}
	return latency(samples);
}
