/**
 * What a durable write costs without our storage, on the same disk as the bench's database
 * files: the floor (append one JSON line to a file and fdatasync it) and a durable SQLite insert
 * (WAL, `synchronous=FULL`, one record plus its audit row per transaction) into tables that
 * already hold 10k or 100k rows each.
 */
import { closeSync, fdatasyncSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { type Latency, timeEach } from "./latency.js";

/** A line the size of one training record with its audit entry as JSON (~300 bytes). */
function line(i: number): string {
	return `${JSON.stringify({
		op: "push",
		path: ["training", "records"],
		value: {
			id: String(i),
			owner: "telegram:100042",
			kind: "training",
			date: "2026-11-01",
			hours: 2,
			title: `基准测试培训-${i}`,
			createdAt: "2026-11-28T02:00:00.000Z",
		},
		audit: { at: "2026-11-28T02:00:00.000Z", by: "telegram:100042" },
		action: "create",
		target: String(i),
	})}\n`;
}

/** Open once, then per sample: append one ~300-byte line and fdatasync. */
export async function fsyncAppendFloor(
	dir: string,
	samples: number,
): Promise<Latency & { lineBytes: number }> {
	const fd = openSync(join(dir, "append-floor.jsonl"), "a");
	try {
		const result = await timeEach(
			samples,
			(i) => {
				writeSync(fd, line(i));
				fdatasyncSync(fd);
			},
			20,
		);
		return { ...result, lineBytes: Buffer.byteLength(line(100_000)) };
	} finally {
		closeSync(fd);
	}
}

const RECORD =
	"INSERT INTO training_records (owner, kind, date, hours, title, created_at) VALUES (?, 'training', ?, ?, ?, ?)";
const AUDIT =
	"INSERT INTO training_audit (at, by, action, target, owner, changes) VALUES (?, ?, 'create', ?, ?, ?)";

/**
 * A SQLite file prefilled with `rows` records and as many audit rows, then one transaction per
 * sample inserting a record and its audit row, committed with a full fsync.
 */
export async function sqliteDurableInsert(
	dir: string,
	rows: number,
	samples: number,
): Promise<Latency> {
	// An optional dependency: it builds from source, which needs a C++ toolchain.
	const { default: Database } = await import("better-sqlite3").catch(() => {
		throw new Error(
			"better-sqlite3 is not installed (optional dependency; building it needs python3, make and g++)",
		);
	});
	const db = new Database(join(dir, `baseline-${rows}.sqlite`));
	try {
		db.pragma("journal_mode = WAL");
		db.pragma("synchronous = FULL");
		db.exec(`CREATE TABLE training_records (
			id INTEGER PRIMARY KEY, owner TEXT NOT NULL, kind TEXT NOT NULL, date TEXT,
			hours REAL, title TEXT, created_at TEXT NOT NULL);
			CREATE INDEX training_records_owner ON training_records (owner, id);
			CREATE TABLE training_audit (
			id INTEGER PRIMARY KEY, at TEXT NOT NULL, by TEXT NOT NULL, action TEXT NOT NULL,
			target TEXT NOT NULL, owner TEXT, changes TEXT);
			CREATE INDEX training_audit_target ON training_audit (target);`);
		const record = db.prepare(RECORD);
		const audit = db.prepare(AUDIT);
		const insert = db.transaction((i: number) => {
			const owner = `telegram:${100000 + (i % 1000)}`;
			const title = `师资培训课程第${i % 500}期`;
			const { lastInsertRowid } = record.run(
				owner,
				"2025-06-01",
				2,
				title,
				"2026-01-01T00:00:00.000Z",
			);
			audit.run(
				"2026-01-01T00:00:00.000Z",
				owner,
				String(lastInsertRowid),
				owner,
				JSON.stringify({
					kind: { from: null, to: "training" },
					date: { from: null, to: "2025-06-01" },
					hours: { from: null, to: 2 },
					title: { from: null, to: title },
				}),
			);
		});
		db.transaction(() => {
			for (let i = 0; i < rows; i++) insert(i);
		})();
		db.pragma("wal_checkpoint(TRUNCATE)");
		return await timeEach(samples, (i) => insert(rows + i), 10);
	} finally {
		db.close();
	}
}
