/**
 * Runs one write at a time. Requests that arrive while a write is in flight share the next
 * write, so N concurrent changes cost two full rewrites of the file, not N. Each request
 * resolves only when a write that started after it has finished.
 */
export class CoalescingWriter {
	private waiting: { resolve: () => void; reject: (error: unknown) => void }[] =
		[];
	private running: Promise<void> | undefined;
	private count = 0;

	/**
	 * `onFailure` runs when a write fails, before any caller hears of it: the store puts its
	 * memory back to what is on disk, so every change not written is undone, not saved later.
	 */
	constructor(
		private readonly write: () => Promise<void>,
		private readonly onFailure: () => void = () => {},
	) {}

	/** Full writes performed so far (for benchmarks and tests). */
	get writes(): number {
		return this.count;
	}

	request(): Promise<void> {
		const done = new Promise<void>((resolve, reject) => {
			this.waiting.push({ resolve, reject });
		});
		this.running ??= this.drain();
		return done;
	}

	/** Resolves once nothing is queued or in flight. */
	async idle(): Promise<void> {
		while (this.running) await this.running;
	}

	private async drain(): Promise<void> {
		try {
			while (this.waiting.length > 0) {
				const batch = this.waiting;
				this.waiting = [];
				this.count++;
				try {
					await this.write();
					for (const w of batch) w.resolve();
				} catch (error) {
					this.onFailure();
					// Changes queued meanwhile were made on top of the undone ones: undone as well.
					const queued = this.waiting;
					this.waiting = [];
					for (const w of [...batch, ...queued]) w.reject(error);
				}
			}
		} finally {
			this.running = undefined;
		}
	}
}
