/** Edit distance, for "did you mean" on mistyped command names. */
export function editDistance(a: string, b: string): number {
	const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let diag = prev[0] as number;
		prev[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const up = prev[j] as number;
			prev[j] = Math.min(
				up + 1,
				(prev[j - 1] as number) + 1,
				diag + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
			diag = up;
		}
	}
	return prev[b.length] as number;
}

/**
 * Names close to `input`, closest first: small edit distance, or one is a prefix of the other
 * (a prefix wins a tie: `/证` means `/证书` rather than the one-letter `/h`).
 */
export function closestNames(
	input: string,
	names: readonly string[],
	limit = 3,
): string[] {
	const word = input.toLowerCase();
	return names
		.map((name) => {
			const prefix = name.startsWith(word) || word.startsWith(name);
			const d = editDistance(word, name);
			return { name, d: prefix ? Math.min(d, 1) : d, prefix };
		})
		.filter(
			({ name, d }) =>
				d <= Math.max(1, Math.floor(Math.min(name.length, word.length) / 2)),
		)
		.sort(
			(a, b) =>
				a.d - b.d ||
				Number(b.prefix) - Number(a.prefix) ||
				a.name.length - b.name.length,
		)
		.slice(0, limit)
		.map(({ name }) => name);
}
