import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "../../src/storage/db.js";
import { mergeDefaults } from "../../src/storage/merge-defaults.js";
import { migrate, migrations } from "../../src/storage/migrations.js";
import { StorageError } from "../../src/storage/storage-error.js";

describe("migrate", () => {
	const steps = [
		{ from: 1, migrate: (d: Record<string, unknown>) => ({ ...d, b: 2 }) },
		{ from: 2, migrate: (d: Record<string, unknown>) => ({ ...d, c: 3 }) },
	];

	it("applies each step in order and sets the version", () => {
		const { doc, from } = migrate(
			"db.json",
			{ schemaVersion: 1, a: 1 },
			3,
			steps,
		);
		expect(from).toBe(1);
		expect(doc).toEqual({ schemaVersion: 3, a: 1, b: 2, c: 3 });
	});

	it("leaves a current document as it is", () => {
		const doc = { schemaVersion: 3, a: 1 };
		expect(migrate("db.json", doc, 3, steps).doc).toBe(doc);
	});

	it("refuses a newer, a missing and an unbridgeable version", () => {
		expect(() => migrate("db.json", { schemaVersion: 4 }, 3, steps)).toThrow(
			/db.json was written by a newer version.*schema 4.*up to 3/,
		);
		expect(() => migrate("db.json", {}, 3, steps)).toThrow(StorageError);
		expect(() => migrate("db.json", { schemaVersion: "1" }, 3, steps)).toThrow(
			/no valid "schemaVersion"/,
		);
		expect(() => migrate("db.json", { schemaVersion: 1 }, 3, [])).toThrow(
			/no migration from it to 2/,
		);
	});

	it("has a migration for every version below the current one", () => {
		for (let v = 1; v < SCHEMA_VERSION; v++)
			expect(migrations.some((m) => m.from === v)).toBe(true);
	});
});

describe("mergeDefaults", () => {
	it("fills missing sections and keys but never replaces values", () => {
		const merged = mergeDefaults(
			{ a: { x: 1 }, list: [1] },
			{ a: { x: 0, y: 2 }, list: [] as number[], b: { z: 3 } },
		);
		expect(merged).toEqual({ a: { x: 1, y: 2 }, list: [1], b: { z: 3 } });
	});
});
