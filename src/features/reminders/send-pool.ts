/**
 * Runs `work` on every item with at most `limit` calls in flight. Items of one group (one chat)
 * run one after another, in order, so a chat never gets two messages at once and they arrive in
 * the order planned. Results come back in input order; `work` must not throw.
 */
export async function runGrouped<T, R>(
	items: readonly T[],
	groupOf: (item: T) => string,
	limit: number,
	work: (item: T) => Promise<R>,
): Promise<R[]> {
	const groups = new Map<string, number[]>();
	items.forEach((item, i) => {
		const key = groupOf(item);
		const list = groups.get(key);
		if (list) list.push(i);
		else groups.set(key, [i]);
	});
	const queue = [...groups.values()];
	const results = new Array<R>(items.length);
	let next = 0;
	async function worker(): Promise<void> {
		while (next < queue.length) {
			const group = queue[next++] ?? [];
			for (const i of group) results[i] = await work(items[i] as T);
		}
	}
	const workers = Math.max(1, Math.min(limit, queue.length));
	await Promise.all(Array.from({ length: workers }, () => worker()));
	return results;
}
