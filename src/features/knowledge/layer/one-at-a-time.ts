/** Serializes async work: each call starts when the previous one has settled. */
export function oneAtATime(): <R>(work: () => Promise<R>) => Promise<R> {
	let tail: Promise<unknown> = Promise.resolve();
	return (work) => {
		const run = tail.then(work, work);
		tail = run.catch(() => {});
		return run;
	};
}
