/**
 * The sweep figures for the storage table, taken from the reminder sweep bench
 * (`bench/sweep-stores.ts`), which prints one line per store and size while it runs: its output
 * is shown as it comes and read back for the table.
 */
import type { Measured, SweepFigures } from "./storage-table.js";

export type SweepStore = "lowdb" | "postgres";
export type SweepResults = (
	store: SweepStore,
	due: number,
) => Measured<SweepFigures>;

const DONE = /^\s*(lowdb|postgres)\s+(\d+) due\s+sweep\s+([\d.]+) s/;
const NOT_DONE = /^\s*(lowdb|postgres) (\d+): (skipped|failed)\s*(.*)$/;

/** Reads the printed lines: a case that printed its time sent every reminder exactly once. */
export function parseSweepLines(text: string): SweepResults {
	const found = new Map<string, Measured<SweepFigures>>();
	for (const line of text.split("\n")) {
		const done = DONE.exec(line);
		const rss = /\brss (\d+) MB/.exec(line)?.[1];
		if (done)
			found.set(`${done[1]} ${done[2]}`, {
				ok: true,
				value: {
					ms: Number(done[3]) * 1000,
					delivered: Number(done[2]),
					...(rss ? { rss: Number(rss) * 1_048_576 } : {}),
				},
			});
		const not = NOT_DONE.exec(line);
		if (not)
			found.set(`${not[1]} ${not[2]}`, {
				ok: false,
				why:
					not[3] === "failed"
						? "the sweep bench case failed (its output is above the table)"
						: `sweep skipped ${not[4] ?? ""}`.trim(),
			});
	}
	return (store, due) =>
		found.get(`${store} ${due}`) ?? {
			ok: false,
			why: `the sweep bench printed no ${store} ${due} line`,
		};
}

/** Runs `bench` with its output shown and kept, then reads the figures from it. */
export async function sweepFigures(
	bench: () => Promise<void>,
): Promise<SweepResults> {
	let text = "";
	// `console.log` writes through `process.stdout.write` too.
	const write = process.stdout.write;
	process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
		text += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString();
		return write.call(process.stdout, chunk, ...rest);
	}) as typeof process.stdout.write;
	try {
		await bench();
	} catch (error) {
		const why = `sweep bench failed: ${error instanceof Error ? error.message : String(error)}`;
		return () => ({ ok: false, why });
	} finally {
		process.stdout.write = write;
	}
	return parseSweepLines(text);
}
