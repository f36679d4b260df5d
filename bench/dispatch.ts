/**
 * Dispatcher benchmark: messages per second through parse → access → command → Reply, with the
 * real commands, services and knowledge base over an in-memory store (no disk in the loop).
 */

import { availableParallelism, loadavg } from "node:os";
import { createBot } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { loadKnowledge } from "../src/features/knowledge/load.js";
import { emptyDb } from "../src/storage/db.js";
import { memoryStore } from "../src/storage/store.js";

// Half commands, half free text as students type it (frames, typos, pinyin, English,
// traditional characters, a major + certificate pair, a policy question, filler).
const MESSAGES = [
	"/cert BIM",
	"/cert lnzh",
	"/major 软件技术",
	"/major 510203",
	"/help",
	"/exam 网络系统建设与运维",
	"/nosuch",
	"/ask 企业实践要求多久",
	"Web前端什么时候考试",
	"我是大数据技术专业的，能考什么证",
	"有没有关于直播的x证",
	"母影护理证书怎么考",
	"bim zhengshu zenme kao",
	"Tell me about the BIM certificate",
	"護理專業能考什麼證",
	"护理专业能考老年照护吗",
	"老年照护一般啥时候考",
	"数控有哪些1+x证书",
	"x证书要交钱吗",
	"那个证书",
];

/** Prints messages per second and per-message p50/p99 for a mixed student workload. */
export async function benchDispatch(): Promise<void> {
	const clock = { now: () => new Date("2026-11-28T02:00:00Z") };
	const knowledge = await loadKnowledge(
		new URL("../knowledge", import.meta.url).pathname,
	);
	const logger = { info() {}, warn() {}, error() {} };
	const { dispatcher } = createBot(
		{ ...loadConfig({}), adminIds: [], groupSubscribeRole: "teacher" },
		{ store: memoryStore(emptyDb()), knowledge, clock, logger },
		{ rateLimit: { limit: Number.MAX_SAFE_INTEGER, windowMs: 1000 } },
	);
	const send = (text: string, i: number) =>
		dispatcher.handle({
			platform: "console",
			user: { key: `console:u${i % 50}` },
			chat: { key: `console:u${i % 50}`, kind: "private" },
			locale: "zh-CN",
			text,
		});
	for (let i = 0; i < 200; i++)
		await send(MESSAGES[i % MESSAGES.length] as string, i);

	const total = 5000;
	const times: number[] = [];
	const cpu = process.cpuUsage();
	const started = performance.now();
	for (let i = 0; i < total; i++) {
		const t0 = performance.now();
		await send(MESSAGES[i % MESSAGES.length] as string, i);
		times.push(performance.now() - t0);
	}
	const elapsed = performance.now() - started;
	const used = process.cpuUsage(cpu);
	const cpuMs = (used.user + used.system) / 1000;
	times.sort((a, b) => a - b);
	const p = (q: number) =>
		(
			times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0
		).toFixed(3);
	console.log("\n== dispatch (real commands, in-memory store) ==");
	console.log(
		`messages:              ${total} (mix of ${MESSAGES.length} student messages)`,
	);
	console.log(
		`throughput:            ${Math.round((total / elapsed) * 1000)} messages/s wall, ${Math.round((total / cpuMs) * 1000)} messages per CPU-second (goal ≥ 5,000); host load ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`,
	);
	console.log(`latency per message:   p50 ${p(0.5)} ms, p99 ${p(0.99)} ms`);
}
