/**
 * Measuring half of `bench/storage.ts`, run in a fresh process so that RSS reflects only the
 * loaded database: load time, RSS, latency of single `/log` commands, and 1,000 concurrent ones.
 * Usage: node --import tsx bench/storage-child.ts <db file> <teachers>
 */
import "../src/messages.js";
import { log } from "../commands/training/log.js";
import type { Services } from "../src/core/context.js";
import { createDispatcher } from "../src/core/dispatcher.js";
import { silentLogger } from "../src/core/ports.js";
import { Registry } from "../src/core/registry.js";
import { createTrainingService } from "../src/features/training/training-service.js";
import { createUserDirectory } from "../src/features/users/user-directory.js";
import { lowdbRepositories } from "../src/storage/lowdb/repositories.js";
import { openJsonStore } from "../src/storage/open-json-store.js";

const [file, teacherCount] = process.argv.slice(2);
if (!file || !teacherCount)
	throw new Error("usage: storage-child <file> <teachers>");
const teachers = Number(teacherCount);

const started = performance.now();
const store = await openJsonStore(file);
const loadMs = performance.now() - started;
globalThis.gc?.();
const rssAfterLoad = process.memoryUsage().rss;

const repositories = lowdbRepositories(store);
const users = createUserDirectory(repositories.teachers, []);
const training = createTrainingService({
	records: repositories.trainingRecords,
	teachers: repositories.teachers,
	users,
	policy: {
		enterprisePractice: { days: 180, periodYears: 5 },
		trainingHours: { target: 72, periodYears: 1 },
	},
});
const dispatcher = createDispatcher({
	registry: new Registry([log]),
	// Only the log command runs here; it reaches users and training alone.
	services: { users, training } as unknown as Services,
	clock: { now: () => new Date("2026-11-28T02:00:00Z") },
	logger: silentLogger,
	zone: "Asia/Shanghai",
	roleOf: (key) => users.roleOf(key),
	rateLimit: { limit: 1_000_000, windowMs: 1000 },
});

function send(i: number) {
	return dispatcher.handle({
		platform: "console",
		user: { key: `telegram:${100000 + (i % teachers)}` },
		chat: { key: "console:bench", kind: "private" },
		locale: "zh-CN",
		text: `/log training 2 基准测试培训-${i} 2026-11-01`,
	});
}

const latencies: number[] = [];
for (let i = 0; i < 200; i++) {
	const t = performance.now();
	const reply = await send(i);
	latencies.push(performance.now() - t);
	if (!reply?.blocks.some((b) => b.type === "list"))
		throw new Error("log failed");
}
latencies.sort((a, b) => a - b);
const pick = (q: number) =>
	latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ??
	0;

const writesBefore = store.writes;
const burstStart = performance.now();
await Promise.all(Array.from({ length: 1000 }, (_, i) => send(1000 + i)));
const burstMs = performance.now() - burstStart;
const burstWrites = store.writes - writesBefore;

await store.close();
process.stdout.write(
	`${JSON.stringify({ loadMs, rssAfterLoad, p50: pick(0.5), p99: pick(0.99), burstMs, burstWrites, records: store.data.training.records.length })}\n`,
);
