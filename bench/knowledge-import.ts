/**
 * Import and rebuild figures for the knowledge layer: `npx tsx bench/knowledge-import.ts`
 * (also part of `npm run bench`). A list the size of the official one (447 rows), then a
 * 50,000-row file; each into a real database file, timed by stage, then a search on the result.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createKnowledgeService } from "../src/features/knowledge/knowledge-service.js";
import { emptyKnowledgeLayer } from "../src/features/knowledge/layer/data.js";
import { createLayeredKnowledge } from "../src/features/knowledge/layer/layer-service.js";
import { createLayeredKnowledgeService } from "../src/features/knowledge/layer/layered-service.js";
import { loadKnowledge } from "../src/features/knowledge/load.js";
import { lowdbKnowledgeLayerRepository } from "../src/storage/lowdb/knowledge-layer-repository.js";
import { openJsonStore } from "../src/storage/open-json-store.js";

function listOf(rows: number): Uint8Array {
	const lines = ["序号,职业技能等级证书名称,培训评价组织,等级,来源"];
	for (let i = 1; i <= rows; i++)
		lines.push(
			`${i},测试证书${i}号职业技能等级证书,某培训评价组织${i % 300},初级/中级/高级,第四批名单 https://example.edu.cn/4.html`,
		);
	return new TextEncoder().encode(`\ufeff${lines.join("\r\n")}\r\n`);
}

const ms = (n: number) => `${Math.round(n)} ms`;

export async function benchKnowledgeImport(): Promise<void> {
	const shipped = await loadKnowledge(
		resolve(import.meta.dirname, "../knowledge"),
	);
	console.log("\n## Knowledge layer: import and rebuild\n");
	console.log(
		"| rows | read | check + merge | write db | rebuild index | total | search after |",
	);
	console.log("|---|---|---|---|---|---|---|");
	for (const rows of [447, 50_000]) {
		const dir = await mkdtemp(join(tmpdir(), "onex-kb-bench-"));
		const store = await openJsonStore(join(dir, "db.json"));
		try {
			const repository = lowdbKnowledgeLayerRepository(store);
			const clock = { now: () => new Date() };
			const { layer, layered } = createLayeredKnowledge({
				shipped,
				repository,
				snapshot: await repository.load(),
				build: createKnowledgeService,
				clock,
			});
			const now = clock.now();
			const change = {
				actor: { key: "bench", role: "admin" as const },
				now,
				today: now.toISOString().slice(0, 10),
			};
			const started = performance.now();
			const report = await layer.importFile(change, listOf(rows), {
				label: `bench-${rows}.csv`,
			});
			const total = performance.now() - started;
			if (!report.ok)
				throw new Error(JSON.stringify(report.problems.slice(0, 3)));
			const t = report.timings;
			const q = performance.now();
			const hit = layered.service.searchCertificates(`测试证书${rows}号`, 5)[0];
			const search = performance.now() - q;
			if (!hit) throw new Error("imported certificate not found");
			console.log(
				`| ${rows} | ${ms(t.readMs)} | ${ms(t.planMs)} | ${ms(t.writeMs)} | ${ms(t.rebuildMs)} | ${ms(total)} | ${ms(search)} |`,
			);
		} finally {
			await store.close();
			await rm(dir, { recursive: true, force: true });
		}
	}
	const layered = createLayeredKnowledgeService(
		shipped,
		emptyKnowledgeLayer(),
		createKnowledgeService,
	);
	const times: number[] = [];
	for (let i = 0; i < 5; i++)
		times.push(layered.rebuild(emptyKnowledgeLayer()));
	console.log(
		`\nRebuild over the shipped files only (one /kb change): ${times.map(ms).join(", ")}`,
	);
}

if (import.meta.url === `file://${process.argv[1]}`)
	await benchKnowledgeImport();
