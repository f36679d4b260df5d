import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openJsonStore } from "../../../src/storage/open-json-store.js";
import { ADMIN, trainingSetup } from "../../helpers/training-fixtures.js";

const dirs: string[] = [];
afterEach(async () => {
	for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe("training data on disk", () => {
	it("keeps roles, profiles, records and the audit trail across a restart", async () => {
		const dir = await mkdtemp(join(tmpdir(), "onex-training-"));
		dirs.push(dir);
		const file = join(dir, "db.json");
		const at = { now: new Date("2026-11-28T02:00:00Z"), today: "2026-11-28" };
		const teacher = { key: "telegram:1", role: "teacher" as const };
		{
			const store = await openJsonStore(file);
			const { training } = trainingSetup({ store });
			await training.grant(
				{ actor: { key: ADMIN, role: "admin" }, ...at },
				teacher.key,
			);
			await training.updateProfile(
				{ actor: teacher, ...at },
				{ periodStart: "2024-09-01" },
			);
			await training.logPractice(
				{ actor: teacher, ...at },
				{ start: "2026-07-01", end: "2026-08-31", enterprise: "某公司" },
			);
			await training.logTraining(
				{ actor: teacher, ...at },
				{ hours: 8, title: "培训", date: "2026-11-01" },
			);
			await training.edit(
				{ actor: teacher, ...at },
				"2",
				"hours",
				"6",
				undefined,
			);
			await store.close();
		}
		const store = await openJsonStore(file);
		const { training, users } = trainingSetup({ store });
		expect(await users.roleOf(teacher.key)).toBe("teacher");
		expect(await training.progress(teacher.key, "2026-11-28")).toMatchObject({
			practice: { done: 62 },
			hours: { done: 6 },
		});
		expect(await training.auditOf("2")).toMatchObject([
			{ action: "create" },
			{ action: "edit", changes: { hours: { from: 8, to: 6 } } },
		]);
		// Ids keep counting after a restart; none is reused.
		const next = await training.logTraining(
			{ actor: teacher, ...at },
			{ hours: 1, title: "再培训", date: "2026-11-02" },
		);
		expect(next.record.id).toBe("3");
		await store.close();
	});
});
