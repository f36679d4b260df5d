/**
 * One store, measured in a process of its own so that its RSS is not mixed with another's:
 * the bot as `main.ts` builds it (`createBot`, every command, the real knowledge base) over the
 * lowdb file or a PostgreSQL database already holding the fixture, then `/log` typed by
 * teachers one after another, each timed until its reply (acknowledged after the write is
 * durable). Prints one JSON line.
 * The store is opened by `openStorage` from `DATA_DIR` and `DATABASE_URL`, as at start-up.
 * Usage: node --expose-gc --import tsx bench/storage-compare-child.ts <data dir> <database url|-> <teachers> <samples>
 */
import "../src/messages.js";
import { createBot } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { silentLogger } from "../src/core/ports.js";
import type { Reply } from "../src/core/reply.js";
import { loadKnowledge } from "../src/features/knowledge/load.js";
import { openStorage } from "../src/storage/open-storage.js";
import { timeEach } from "./latency.js";
import { teacherKey } from "./storage-fixture.js";

const [dataDir, url, teacherCount, sampleCount] = process.argv.slice(2);
if (!dataDir || !url || !sampleCount)
	throw new Error(
		"usage: storage-compare-child <data dir> <database url|-> <teachers> <samples>",
	);
const teachers = Number(teacherCount);
const rss = () => {
	globalThis.gc?.();
	return process.memoryUsage().rss;
};

const config = {
	...loadConfig({
		DATA_DIR: dataDir,
		DATABASE_URL: url === "-" ? undefined : url,
	}),
	adminIds: [],
};
const knowledge = await loadKnowledge(config.knowledgeDir);
const rssBeforeStore = rss();
const started = performance.now();
const storage = await openStorage(config, silentLogger);
const knowledgeLayer = await storage.repositories.knowledgeLayer.load();
const loadMs = performance.now() - started;
const rssAfterLoad = rss();

const { dispatcher } = createBot(
	config,
	{
		repositories: storage.repositories,
		knowledgeLayer,
		knowledge,
		clock: { now: () => new Date("2026-11-28T02:00:00Z") },
		logger: silentLogger,
	},
	{ rateLimit: { limit: Number.MAX_SAFE_INTEGER, windowMs: 1000 } },
);

const said = (reply: Reply | null) =>
	(reply?.blocks ?? []).map((b) => ("text" in b ? b.text : b.type)).join(" / ");

/** `/log` number `i` (warm-up runs are -1 … -5), each from the next teacher, titles all distinct. */
async function log(i: number): Promise<void> {
	const n = i + 5;
	const key = teacherKey(n, teachers);
	const reply = await dispatcher.handle({
		platform: "telegram",
		user: { key },
		chat: { key, kind: "private" },
		locale: "zh-CN",
		text: `/log training 2 基准测试培训-${n} 2026-11-01`,
	});
	// Saved: the record is listed with its new id (a duplicate would be listed without one).
	const saved = reply?.blocks.some(
		(b) => b.type === "list" && /^#\d+ /.test(b.items[0] ?? ""),
	);
	if (!saved) throw new Error(`/log was not saved: ${said(reply)}`);
}

try {
	const latency = await timeEach(Number(sampleCount), log, 5);
	const rssAfterWrites = rss();
	// Memory freed after start-up (the file read as one string) goes back to the system over
	// a moment, not at the collection: what the bot then holds is measured 2 s later.
	await new Promise((done) => setTimeout(done, 2000));
	process.stdout.write(
		`${JSON.stringify({
			loadMs,
			rssBeforeStore,
			rssAfterLoad,
			rssAfterWrites,
			rssSettled: rss(),
			peakRss: process.resourceUsage().maxRSS * 1024,
			latency,
		})}\n`,
	);
} catch (error) {
	process.stdout.write(
		`${JSON.stringify({ error: error instanceof Error ? error.message : String(error) })}\n`,
	);
} finally {
	await storage.close();
}
