import { describe, expect, it } from "vitest";
import { NotSavedError } from "../../src/core/errors.js";
import type { NewRecord } from "../../src/features/training/records-repository.js";
import type { TrainingRecord } from "../../src/features/training/training-port.js";
import { type DbData, emptyDb } from "../../src/storage/db.js";
import { applyChanges } from "../../src/storage/document-change.js";
import { lowdbRepositories } from "../../src/storage/lowdb/repositories.js";
import { createMutex, type Store } from "../../src/storage/store.js";

/** A store like the JSON file's: a failed write puts back the document as last written. */
function flakyStore() {
	let written = emptyDb();
	let data = structuredClone(written);
	let failNext = false;
	const store: Store<DbData> = {
		get data() {
			return data;
		},
		async apply(changes) {
			applyChanges(data, changes);
			await Promise.resolve();
			if (failNext) {
				failNext = false;
				data = structuredClone(written);
				throw new NotSavedError("disk full");
			}
			written = structuredClone(data);
		},
		exclusive: createMutex(),
		async update(mutate) {
			const result = mutate(data);
			written = structuredClone(data);
			return result;
		},
	};
	return { store, failNextWrite: () => (failNext = true) };
}

const entry = (title: string): NewRecord => ({
	kind: "training",
	owner: "telegram:1",
	date: "2026-11-01",
	hours: 2,
	title,
	createdAt: "2026-11-28T02:00:00.000Z",
});

const titleOf = (r: TrainingRecord) => (r.kind === "training" ? r.title : "");

const save = (repos: ReturnType<typeof lowdbRepositories>, title: string) =>
	repos.trainingRecords.insert({
		entry: entry(title),
		check: () => undefined,
		audit: (r) => ({
			at: r.createdAt,
			by: r.owner,
			action: "create",
			target: r.id,
		}),
	});

describe("the lowdb training indexes", () => {
	it("forget a write that failed, so nothing unsaved is ever read back", async () => {
		const { store, failNextWrite } = flakyStore();
		const repos = lowdbRepositories(store);
		await save(repos, "一");
		failNextWrite();
		await expect(save(repos, "二")).rejects.toBeInstanceOf(NotSavedError);
		expect(
			(await repos.trainingRecords.recordsOf("telegram:1")).map(titleOf),
		).toEqual(["一"]);
		expect(await repos.trainingRecords.byIds(["2"])).toEqual([]);
		expect(await repos.trainingRecords.auditOf("2")).toEqual([]);
		expect((await save(repos, "三")).record.id).toBe("2");
		expect(await repos.trainingRecords.auditOf("2")).toMatchObject([
			{ action: "create", target: "2" },
		]);
		expect(
			(await repos.trainingRecords.recordsOf("telegram:1")).map(titleOf),
		).toEqual(["一", "三"]);
	});

	it("are shared by every repository over one store and see rows written around them", async () => {
		const { store } = flakyStore();
		const first = lowdbRepositories(store);
		const second = lowdbRepositories(store);
		await save(first, "一");
		expect(await second.trainingRecords.recordsOf("telegram:1")).toHaveLength(
			1,
		);
		await store.update((d) => {
			d.training.records.push({ ...entry("旁路"), id: "9" } as never);
		});
		expect((await first.trainingRecords.byIds(["9"])).map(titleOf)).toEqual([
			"旁路",
		]);
	});
});
