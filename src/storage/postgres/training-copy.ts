import type { TrainingRecord } from "../../features/training/training-port.js";
import type { DocumentCopier } from "./copy-document.js";
import type { Sql } from "./database.js";
import { recordValues } from "./training-rows.js";

/** Rows per statement: large enough to be quick, small enough for one query's parameters. */
const CHUNK = 5000;

async function inChunks<T>(
	rows: readonly T[],
	write: (chunk: readonly T[], offset: number) => Promise<void>,
): Promise<void> {
	for (let i = 0; i < rows.length; i += CHUNK)
		await write(rows.slice(i, i + CHUNK), i);
}

/** One array per column, for `INSERT … SELECT * FROM unnest(…)`. */
function columns(rows: readonly unknown[][], width: number): unknown[][] {
	return Array.from({ length: width }, (_, c) => rows.map((r) => r[c]));
}

const TABLES = [
	"training_records",
	"training_audit",
	"training_profiles",
	"training_roles",
] as const;

/**
 * The training section of a lowdb document into the training tables: records keep their ids
 * and their order, the audit trail its order, and the id sequence continues after the
 * document's `nextId`, so no id is ever given twice.
 */
export const trainingCopier: DocumentCopier = {
	feature: "training",
	expected(doc) {
		const t = doc.training;
		return {
			training_records: t.records.length,
			training_audit: t.audit.length,
			training_profiles: Object.keys(t.profiles).length,
			training_roles: Object.values(t.roles).filter((r) => r === "teacher")
				.length,
		};
	},
	async copy(doc, sql) {
		const t = doc.training;
		await inChunks(t.records, (chunk, offset) =>
			sql
				.query(
					`INSERT INTO training_records (id, owner, kind, date, hours, title, start_date,
					end_date, enterprise, note, created_at, updated_at, saved)
				SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::date[],
					$5::float8[], $6::text[], $7::date[], $8::date[], $9::text[], $10::text[],
					$11::timestamptz[], $12::timestamptz[], $13::bigint[])`,
					columns(
						chunk.map((r: TrainingRecord, i) => [
							...recordValues(r),
							offset + i + 1,
						]),
						13,
					),
				)
				.then(() => {}),
		);
		await inChunks(t.audit, (chunk, offset) =>
			sql
				.query(
					`INSERT INTO training_audit (seq, at, by_key, action, target, owner, changes,
					before, reason)
				SELECT * FROM unnest($1::bigint[], $2::timestamptz[], $3::text[], $4::text[],
					$5::text[], $6::text[], $7::jsonb[], $8::jsonb[], $9::text[])`,
					columns(
						chunk.map((e, i) => [
							offset + i + 1,
							e.at,
							e.by,
							e.action,
							e.target,
							e.owner ?? null,
							e.changes === undefined ? null : JSON.stringify(e.changes),
							e.before === undefined ? null : JSON.stringify(e.before),
							e.reason ?? null,
						]),
						9,
					),
				)
				.then(() => {}),
		);
		const profiles = Object.entries(t.profiles);
		await inChunks(profiles, (chunk) =>
			sql
				.query(
					`INSERT INTO training_profiles (key, name, department, period_start, professional)
				SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::boolean[])`,
					columns(
						chunk.map(([key, p]) => [
							key,
							p.name ?? null,
							p.department ?? null,
							p.periodStart ?? null,
							p.professional ?? null,
						]),
						5,
					),
				)
				.then(() => {}),
		);
		const roles = Object.keys(t.roles).filter((k) => t.roles[k] === "teacher");
		await inChunks(roles, (chunk) =>
			sql
				.query(
					"INSERT INTO training_roles (key, role) SELECT unnest($1::text[]), 'teacher'",
					[chunk],
				)
				.then(() => {}),
		);
		await continueSequences(sql, t.nextId);
	},
	async count(sql) {
		const out: Record<string, number> = {};
		for (const table of TABLES) {
			const { rows } = await sql.query<{ n: number }>(
				`SELECT count(*)::int AS n FROM ${table}`,
			);
			out[table] = rows[0]?.n ?? 0;
		}
		return out;
	},
};

/** The sequences go on after the copied rows: ids after `nextId` and every copied id. */
async function continueSequences(sql: Sql, nextId: number): Promise<void> {
	await sql.query(
		`SELECT setval('training_record_ids',
			greatest($1::bigint, coalesce((SELECT max(id) + 1 FROM training_records), 1)), false)`,
		[nextId],
	);
	await sql.query(
		`SELECT setval(pg_get_serial_sequence('training_records', 'saved'),
			coalesce((SELECT max(saved) + 1 FROM training_records), 1), false)`,
	);
	await sql.query(
		`SELECT setval(pg_get_serial_sequence('training_audit', 'seq'),
			coalesce((SELECT max(seq) + 1 FROM training_audit), 1), false)`,
	);
}
