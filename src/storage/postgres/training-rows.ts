import { isUserError, NotSavedError } from "../../core/errors.js";
import type { AdoptName } from "../../features/training/records-repository.js";
import type {
	AuditEntry,
	TeacherProfile,
	TrainingRecord,
} from "../../features/training/training-port.js";
import type { Sql } from "./database.js";

/** A `date` column as `YYYY-MM-DD` whatever the server's DateStyle. */
function day(column: string): string {
	return `to_char(${column}, 'YYYY-MM-DD')`;
}

/** Columns of `training_records` as a record reads them back. */
export const RECORD_COLUMNS = `id::text AS id, owner, kind, ${day("date")} AS date, hours, title,
	${day("start_date")} AS start, ${day("end_date")} AS "end", enterprise, note, created_at, updated_at`;

export interface RecordRow {
	id: string;
	owner: string;
	kind: "training" | "practice";
	date: string | null;
	hours: number | null;
	title: string | null;
	start: string | null;
	end: string | null;
	enterprise: string | null;
	note: string | null;
	created_at: Date;
	updated_at: Date | null;
}

export function toRecord(row: RecordRow): TrainingRecord {
	const base = {
		id: row.id,
		owner: row.owner,
		createdAt: row.created_at.toISOString(),
		...(row.updated_at ? { updatedAt: row.updated_at.toISOString() } : {}),
	};
	if (row.kind === "training")
		return {
			...base,
			kind: "training",
			date: row.date as string,
			hours: row.hours as number,
			title: row.title as string,
		};
	return {
		...base,
		kind: "practice",
		start: row.start as string,
		end: row.end as string,
		enterprise: row.enterprise as string,
		...(row.note !== null ? { note: row.note } : {}),
	};
}

/** The column values of `r`, in the order of `INSERT_RECORD`. */
export function recordValues(r: TrainingRecord): unknown[] {
	const training = r.kind === "training" ? r : undefined;
	const practice = r.kind === "practice" ? r : undefined;
	return [
		r.id,
		r.owner,
		r.kind,
		training?.date ?? null,
		training?.hours ?? null,
		training?.title ?? null,
		practice?.start ?? null,
		practice?.end ?? null,
		practice?.enterprise ?? null,
		practice?.note ?? null,
		r.createdAt,
		r.updatedAt ?? null,
	];
}

export const INSERT_RECORD = `INSERT INTO training_records
	(id, owner, kind, date, hours, title, start_date, end_date, enterprise, note, created_at, updated_at)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`;

/** As `INSERT_RECORD` with the next id of the sequence: values `recordValues(r).slice(1)`. */
export const INSERT_NEW_RECORD = `INSERT INTO training_records
	(id, owner, kind, date, hours, title, start_date, end_date, enterprise, note, created_at, updated_at)
	VALUES (nextval('training_record_ids'), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
	RETURNING id::text AS id`;

/** Changes every column but id and owner (which never change), values as `recordValues`. */
export const UPDATE_RECORD = `UPDATE training_records SET kind = $3, date = $4, hours = $5,
	title = $6, start_date = $7, end_date = $8, enterprise = $9, note = $10, created_at = $11,
	updated_at = $12 WHERE id = $1 AND owner = $2`;

export const AUDIT_COLUMNS =
	"seq, at, by_key, action, target, owner, changes, before, reason";

export interface AuditRow {
	at: Date;
	by_key: string;
	action: AuditEntry["action"];
	target: string;
	owner: string | null;
	changes: AuditEntry["changes"] | null;
	before: TrainingRecord | null;
	reason: string | null;
}

export function toAudit(row: AuditRow): AuditEntry {
	return {
		at: row.at.toISOString(),
		by: row.by_key,
		action: row.action,
		target: row.target,
		...(row.owner !== null ? { owner: row.owner } : {}),
		...(row.changes !== null ? { changes: row.changes } : {}),
		...(row.before !== null ? { before: row.before } : {}),
		...(row.reason !== null ? { reason: row.reason } : {}),
	};
}

export async function insertAudit(sql: Sql, e: AuditEntry): Promise<void> {
	await sql.query(
		`INSERT INTO training_audit (at, by_key, action, target, owner, changes, before, reason)
		VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8)`,
		[
			e.at,
			e.by,
			e.action,
			e.target,
			e.owner ?? null,
			e.changes === undefined ? null : JSON.stringify(e.changes),
			e.before === undefined ? null : JSON.stringify(e.before),
			e.reason ?? null,
		],
	);
}

export const PROFILE_COLUMNS = `key, name, department, ${day("period_start")} AS period_start,
	professional`;

export interface ProfileRow {
	key: string;
	name: string | null;
	department: string | null;
	period_start: string | null;
	professional: boolean | null;
}

export function toProfile(row: ProfileRow): TeacherProfile {
	return {
		...(row.name !== null ? { name: row.name } : {}),
		...(row.department !== null ? { department: row.department } : {}),
		...(row.period_start !== null ? { periodStart: row.period_start } : {}),
		...(row.professional !== null ? { professional: row.professional } : {}),
	};
}

/** Writes the whole profile `p` of `key` (absent fields become NULL). */
export async function saveProfile(
	sql: Sql,
	key: string,
	p: TeacherProfile,
): Promise<void> {
	await sql.query(
		`INSERT INTO training_profiles (key, name, department, period_start, professional)
		VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (key) DO UPDATE SET name = EXCLUDED.name, department = EXCLUDED.department,
			period_start = EXCLUDED.period_start, professional = EXCLUDED.professional`,
		[
			key,
			p.name ?? null,
			p.department ?? null,
			p.periodStart ?? null,
			p.professional ?? null,
		],
	);
}

/** Keeps the platform name as the profile name while there is none (see `AdoptName`). */
export async function adoptName(
	sql: Sql,
	adopt: AdoptName | undefined,
): Promise<void> {
	if (!adopt) return;
	await sql.query(
		"UPDATE training_profiles SET name = $2 WHERE key = $1 AND name IS NULL",
		[adopt.key, adopt.name],
	);
	if (adopt.create)
		await sql.query(
			"INSERT INTO training_profiles (key, name) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
			[adopt.key, adopt.name],
		);
}

/** The advisory lock key for everything about one user's records, profile and role. */
export const userLock = (key: string) => `training:${key}`;

/**
 * Runs a write; a failure of the database (not a refusal of the user's input) becomes a
 * `NotSavedError`, which tells the user that nothing was saved and trying again is safe.
 */
export async function saving<R>(work: () => Promise<R>): Promise<R> {
	try {
		return await work();
	} catch (error) {
		if (isUserError(error) || error instanceof NotSavedError) throw error;
		throw new NotSavedError("the training change was not saved", {
			cause: error,
		});
	}
}
