import { describe, expect, it } from "vitest";
import { type DbData, emptyDb } from "../../src/storage/db.js";
import { documentCopiers } from "../../src/storage/postgres/copy-document.js";
import { fullDocument } from "../helpers/full-document.js";

/** Rows all registered copiers expect from `doc`. */
function expectedRows(doc: DbData): number {
	let rows = 0;
	for (const copier of documentCopiers)
		for (const n of Object.values(copier.expected(doc))) rows += n;
	return rows;
}

describe("npm run storage -- migrate", () => {
	it("copies every section of the embedded document: each one alone yields rows some copier counts", () => {
		const full = fullDocument();
		const none = emptyDb();
		const sections = Object.keys(full).filter(
			(k) => k !== "schemaVersion",
		) as (keyof DbData)[];
		expect(sections.length).toBeGreaterThanOrEqual(7);
		for (const section of sections) {
			const probe = { ...emptyDb(), [section]: full[section] } as DbData;
			expect(expectedRows(probe), section).toBeGreaterThan(expectedRows(none));
		}
	});
});
