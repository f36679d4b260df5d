/**
 * Measuring half of `bench/storage.ts`, run in a fresh process so that RSS reflects only the
 * loaded database: start-up, RSS, a `/log`-sized change (record + audit entry + next id)
 * through `store.apply` (journal) and through `store.update` (whole rewrite, the old path),
 * 1,000 concurrent applies, RSS after each kind of write.
 * With `open` instead of a number it only opens (a journal left beside the file is replayed)
 * and reports start-up time and RSS, without writing.
 * Usage: node --expose-gc --import tsx bench/storage-child.ts <db file> <rewrites | open>
 */
import { open } from "node:fs/promises";
import { openJsonStore } from "../src/storage/open-json-store.js";
import { logChange } from "./log-change.js";

const [file, rewriteCount] = process.argv.slice(2);
if (!file || !rewriteCount)
	throw new Error("usage: storage-child <file> <rewrites>");

const rss = () => {
	globalThis.gc?.();
	return process.memoryUsage().rss;
};
const rssBeforeOpen = rss();
const started = performance.now();
const store = await openJsonStore(file, { compactAt: 1 << 30 });
const loadMs = performance.now() - started;
const rssAfterLoad = rss();
if (rewriteCount === "open") {
	process.stdout.write(
		`${JSON.stringify({ loadMs, rssBeforeOpen, rssAfterLoad })}\n`,
	);
	process.exit(0);
}

/** What `/log training` writes: the record, its audit entry, the next id. */
const nextLog = (i: number) => logChange(store.data.training.nextId, i);

function quantiles(samples: number[]) {
	const sorted = [...samples].sort((a, b) => a - b);
	const pick = (q: number) =>
		sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
	return { p50: pick(0.5), p99: pick(0.99) };
}

/** The floor on the same disk, just before: a /log-sized line appended, then fdatasync. */
async function appendFloor() {
	const handle = await open(`${file}.floor`, "a");
	const line = Buffer.from(`${"x".repeat(900)}\n`);
	const samples: number[] = [];
	try {
		for (let i = 0; i < 200; i++) {
			const t = performance.now();
			await handle.write(line);
			await handle.datasync();
			samples.push(performance.now() - t);
		}
	} finally {
		await handle.close();
	}
	return quantiles(samples);
}
const floor = await appendFloor();

let n = 0;
const applyMs: number[] = [];
for (let i = 0; i < 200; i++) {
	const t = performance.now();
	await store.apply(nextLog(n++));
	applyMs.push(performance.now() - t);
}
const commitsBefore = store.commits;
const burstStart = performance.now();
await Promise.all(
	Array.from({ length: 1000 }, () => store.apply(nextLog(n++))),
);
const burstMs = performance.now() - burstStart;
const burstCommits = store.commits - commitsBefore;
const rssAfterApplies = rss();

const updateMs: number[] = [];
for (let i = 0; i < Number(rewriteCount); i++) {
	const change = nextLog(n++);
	const t = performance.now();
	await store.update((d) => {
		d.training.records.push(
			change[0]?.op === "push" ? (change[0].value as never) : (null as never),
		);
		d.training.audit.push(
			change[1]?.op === "push" ? (change[1].value as never) : (null as never),
		);
		d.training.nextId++;
	});
	updateMs.push(performance.now() - t);
}
const rssAfterRewrites = rss();
await store.close();
process.stdout.write(
	`${JSON.stringify({
		loadMs,
		rssBeforeOpen,
		rssAfterLoad,
		floor,
		apply: quantiles(applyMs),
		burstMs,
		burstCommits,
		rssAfterApplies,
		update: quantiles(updateMs),
		rssAfterRewrites,
		records: store.data.training.records.length,
	})}\n`,
);
