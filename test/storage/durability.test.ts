import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CompactionStep } from "../../src/storage/journaled-store.js";
import { openJsonStore } from "../../src/storage/open-json-store.js";
import { readConsistently } from "../../src/storage/read-snapshot.js";
import { runUntilKilled } from "../helpers/kill-child.js";

interface Run {
	acked: string[];
	killedAt: string | undefined;
}

/**
 * Runs the bot until `killAfterAcks` acks arrived plus a random moment, then SIGKILLs it; or,
 * with a compaction step, until it kills itself there.
 */
async function runAndKill(
	file: string,
	prefix: string,
	killAfterAcks: number,
	mode: "dialogue" | "journal",
	step?: CompactionStep,
): Promise<Run> {
	const { acked, lines } = await runUntilKilled(
		[
			"test/helpers/durability-bot.ts",
			file,
			prefix,
			mode,
			...(step ? [step] : []),
		],
		{ ...(step ? {} : { killAfterAcks }), guardMs: 40_000 },
	);
	const killed = lines.findLast((l) => l.startsWith("killed at "));
	return { acked, killedAt: killed?.slice(10) };
}

const dirs: string[] = [];
afterAll(async () => {
	for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function freshFile(): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), "onex-durable-"));
	dirs.push(dir);
	return join(dir, "db.json");
}

/** Every acknowledged title is on disk exactly once, read as it lies before anything repairs it. */
function expectAllKept(file: string, acked: readonly string[], label: string) {
	const doc = readConsistently(file) as {
		training: { records: { title: string; id: string }[] };
	};
	const titles = doc.training.records.map((r) => r.title);
	const counts = new Map<string, number>();
	for (const t of titles) counts.set(t, (counts.get(t) ?? 0) + 1);
	expect(
		acked.filter((t) => counts.get(t) !== 1),
		label,
	).toEqual([]);
	expect(new Set(titles).size, `${label}: no entry twice`).toBe(titles.length);
	const ids = doc.training.records.map((r) => r.id);
	expect(new Set(ids).size, `${label}: no id twice`).toBe(ids.length);
}

describe("durability", () => {
	it.each(["dialogue", "journal"] as const)(
		"keeps every acknowledged entry through repeated kill -9 and restarts (%s)",
		async (mode) => {
			const file = await freshFile();
			const acked: string[] = [];
			for (let round = 0; round < 6; round++) {
				const result = await runAndKill(
					file,
					`r${round}`,
					5 + Math.floor(Math.random() * 200),
					mode,
				);
				expect(result.acked.length).toBeGreaterThan(0);
				acked.push(...result.acked);
				expectAllKept(file, acked, `round ${round}`);
			}
			const store = await openJsonStore(file);
			expect(store.data.training.records.length).toBeGreaterThanOrEqual(
				acked.length,
			);
			await store.close();
			expectAllKept(file, acked, "after a clean close");
		},
		180_000,
	);

	it("keeps every acknowledged entry when killed at each step of a compaction", async () => {
		const file = await freshFile();
		const acked: string[] = [];
		const steps: CompactionStep[] = [
			"rotated",
			"snapshot-temp-synced",
			"snapshot-renamed",
			"old-journal-deleted",
		];
		for (const step of steps) {
			const result = await runAndKill(file, step, 0, "journal", step);
			expect(result.killedAt).toBe(step);
			expect(result.acked.length).toBeGreaterThan(0);
			acked.push(...result.acked);
			expectAllKept(file, acked, step);
			const journals = (await readdir(join(file, ".."))).filter((n) =>
				n.includes(".journal-"),
			);
			expect(journals.length, step).toBeGreaterThan(0);
			// Start-up repairs what the kill left (temp file, old journal) and carries on.
			const store = await openJsonStore(file);
			await store.close();
			expectAllKept(file, acked, `${step}, reopened`);
		}
	}, 180_000);
});
