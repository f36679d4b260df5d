/** The storage comparison as one table: our two stores beside SQLite and the fsync'd-append floor. */
import type { Latency } from "./latency.js";

/** A figure, or why there is none. */
export type Measured<T> = { ok: true; value: T } | { ok: false; why: string };

export interface StoreFigures {
	loadMs: number;
	rssBeforeStore: number;
	rssAfterWrites: number;
	/** RSS 2 s after the writes (the start-up peak given back). */
	rssSettled: number;
	peakRss: number;
	latency: Latency;
}

export interface SweepFigures {
	ms: number;
	/** Reminders that reached the recording notifier. */
	delivered: number;
	/** The sweeping process's RSS afterwards. */
	rss?: number;
}

export interface SizeFigures {
	entries: number;
	lowdb: Measured<StoreFigures>;
	postgres: Measured<StoreFigures>;
	sqlite: Measured<Latency>;
	sweepLowdb: Measured<SweepFigures>;
	sweepPostgres: Measured<SweepFigures>;
}

const ms = (n: number) =>
	n < 10 ? `${n.toFixed(2)} ms` : `${n.toFixed(n < 100 ? 1 : 0)} ms`;
const mb = (n: number) => `${(n / 1_048_576).toFixed(0)} MB`;
const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const lat = (l: Latency) => `${ms(l.p50)} / ${ms(l.p99)} (n=${l.n})`;
/** Why a cell is empty, numbered once each below the table. */
class Footnotes {
	readonly reasons: string[] = [];
	show<T>(m: Measured<T>, format: (v: T) => string): string {
		if (m.ok) return format(m.value);
		if (!this.reasons.includes(m.why)) this.reasons.push(m.why);
		return `n/a (${this.reasons.indexOf(m.why) + 1})`;
	}
	lines(): string[] {
		return this.reasons.map((why, i) => `  (${i + 1}) ${why}`);
	}
}

const COLUMNS = [
	"",
	"ours, lowdb",
	"ours, PostgreSQL",
	"SQLite durable",
	"fsync'd append",
	"target",
];

/** Rows of the table, each cell already text, and the footnotes of its empty cells. */
export function storageRows(
	sizes: readonly SizeFigures[],
	append: Measured<Latency>,
): { rows: string[][]; notes: string[] } {
	const notes = new Footnotes();
	const show = notes.show.bind(notes);
	const rows: string[][] = [];
	const rss = (v: StoreFigures) =>
		`${mb(v.rssAfterWrites)}, 2 s later ${mb(v.rssSettled)} (store +${mb(v.rssSettled - v.rssBeforeStore)}, peak ${mb(v.peakRss)})`;
	const largest = Math.max(...sizes.map((s) => s.entries));
	for (const s of sizes)
		rows.push([
			`/log p50 / p99, ${k(s.entries)} entries`,
			show(s.lowdb, (v) => lat(v.latency)),
			show(s.postgres, (v) => lat(v.latency)),
			show(s.sqlite, lat),
			show(append, lat),
			s.entries === largest ? "p50 < 50 ms" : "",
		]);
	for (const s of sizes)
		rows.push([
			`RSS after writes, ${k(s.entries)}`,
			show(s.lowdb, rss),
			show(s.postgres, rss),
			"",
			"",
			s.entries === largest ? "< 200 MB" : "",
		]);
	for (const s of sizes)
		rows.push([
			`start-up: open the store, ${k(s.entries)}`,
			show(s.lowdb, (v) => ms(v.loadMs)),
			show(s.postgres, (v) => ms(v.loadMs)),
			"",
			"",
			"",
		]);
	const sweep = (v: SweepFigures) =>
		`${(v.ms / 1000).toFixed(1)} s (${v.delivered} sent${v.rss ? `, RSS ${mb(v.rss)}` : ""})`;
	for (const s of sizes)
		rows.push([
			`sweep of ${k(s.entries)} due reminders`,
			show(s.sweepLowdb, sweep),
			show(s.sweepPostgres, sweep),
			"",
			"",
			s.entries === largest ? "< 60 s" : "",
		]);
	return { rows, notes: notes.lines() };
}

/** Pads the columns; a cell too wide for a terminal stays whole. */
export function formatTable(rows: readonly string[][]): string {
	const all = [COLUMNS, ...rows];
	const widths = COLUMNS.map((_, c) =>
		Math.max(...all.map((r) => (r[c] ?? "").length)),
	);
	const line = (r: readonly string[]) =>
		r
			.map((cell, c) => cell.padEnd(widths[c] ?? 0))
			.join("  ")
			.trimEnd();
	return [
		line(COLUMNS),
		widths.map((w) => "-".repeat(w)).join("  "),
		...rows.map(line),
	].join("\n");
}

/** Each target of the issue against the figure it judges, "met" or "MISSED". */
export function verdicts(largest: SizeFigures): string[] {
	const out: string[] = [];
	const judge = (
		what: string,
		m: Measured<number>,
		limit: number,
		unit: (n: number) => string,
	) =>
		out.push(
			m.ok
				? `  ${what}: ${unit(m.value)} → ${m.value < limit ? "met" : "MISSED"}`
				: `  ${what}: not measured (${m.why})`,
		);
	const of = <T>(m: Measured<T>, pick: (v: T) => number): Measured<number> =>
		m.ok ? { ok: true, value: pick(m.value) } : m;
	const size = k(largest.entries);
	for (const [name, store, sweep] of [
		["lowdb", largest.lowdb, largest.sweepLowdb],
		["PostgreSQL", largest.postgres, largest.sweepPostgres],
	] as const) {
		judge(
			`${name} /log p50 < 50 ms at ${size}`,
			of(store, (v) => v.latency.p50),
			50,
			ms,
		);
		judge(
			`${name} RSS after writes (2 s later) < 200 MB at ${size}`,
			of(store, (v) => v.rssSettled),
			200 * 1_048_576,
			mb,
		);
		judge(
			`${name} sweep of ${size} due < 60 s`,
			of(sweep, (v) => v.ms),
			60_000,
			(n) => `${(n / 1000).toFixed(1)} s`,
		);
	}
	return out;
}
