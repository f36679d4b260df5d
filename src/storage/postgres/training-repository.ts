import type {
	Deletion,
	TrainingRecordsRepository,
} from "../../features/training/records-repository.js";
import type { TrainingRecord } from "../../features/training/training-port.js";
import type { PgDatabase, Sql } from "./database.js";
import {
	AUDIT_COLUMNS,
	type AuditRow,
	adoptName,
	INSERT_NEW_RECORD,
	INSERT_RECORD,
	insertAudit,
	RECORD_COLUMNS,
	type RecordRow,
	recordValues,
	saving,
	toAudit,
	toRecord,
	UPDATE_RECORD,
	userLock,
} from "./training-rows.js";

async function recordsWhere(
	sql: Sql,
	where: string,
	values: readonly unknown[],
	lock = "",
): Promise<TrainingRecord[]> {
	const { rows } = await sql.query<RecordRow>(
		`SELECT ${RECORD_COLUMNS} FROM training_records WHERE ${where} ORDER BY saved${lock}`,
		values,
	);
	return rows.map(toRecord);
}

/** Ids as the table keys them: only digits reach a `bigint` comparison. */
const numericIds = (ids: readonly string[]) =>
	ids.filter((id) => /^\d{1,18}$/.test(id));

/**
 * Records and audit trail in PostgreSQL. An insert holds the owner's advisory lock from its
 * check to its commit, so two instances cannot both pass a duplicate check; edits and
 * deletions lock the rows they change; restorations take one lock of their own.
 */
export function postgresTrainingRecords(
	db: PgDatabase,
): TrainingRecordsRepository {
	return {
		recordsOf: (owner) => recordsWhere(db, "owner = $1", [owner]),
		async recordsOfMany(owners) {
			const out = new Map<string, TrainingRecord[]>();
			if (owners.length === 0) return out;
			for (const r of await recordsWhere(db, "owner = ANY($1::text[])", [
				[...owners],
			])) {
				const list = out.get(r.owner);
				if (list) list.push(r);
				else out.set(r.owner, [r]);
			}
			return out;
		},
		allRecords: () => recordsWhere(db, "true", []),
		async byIds(ids) {
			const found = await recordsWhere(db, "id = ANY($1::bigint[])", [
				numericIds(ids),
			]);
			const byId = new Map(found.map((r) => [r.id, r]));
			return ids.flatMap((id) => byId.get(id) ?? []);
		},
		insert: ({ entry, check, audit, adoptName: adopt }) =>
			saving(() =>
				db.transaction(
					async (sql) => {
						const checked = check(
							await recordsWhere(sql, "owner = $1", [entry.owner]),
						);
						const values = recordValues({ ...entry, id: "" } as TrainingRecord);
						const { rows } = await sql.query<{ id: string }>(
							INSERT_NEW_RECORD,
							values.slice(1),
						);
						const record = {
							...entry,
							id: rows[0]?.id as string,
						} as TrainingRecord;
						await insertAudit(sql, audit(record));
						await adoptName(sql, adopt);
						return { record, checked };
					},
					{ lock: userLock(entry.owner) },
				),
			),
		replace: (id, change) =>
			saving(() =>
				db.transaction(async (sql) => {
					const [current] = await recordsWhere(
						sql,
						"id = ANY($1::bigint[])",
						[numericIds([id])],
						" FOR UPDATE",
					);
					const { next, audit, result } = change(current);
					if (!current || next.id !== id || next.owner !== current.owner)
						throw new Error(`record ${id} cannot be replaced by ${next.id}`);
					await sql.query(UPDATE_RECORD, recordValues(next));
					await insertAudit(sql, audit);
					return result;
				}),
			),
		remove: (ids, change) =>
			saving(() =>
				db.transaction(async (sql) => {
					const locked = new Map(
						(
							await recordsWhere(
								sql,
								"id = ANY($1::bigint[])",
								[numericIds(ids)],
								" FOR UPDATE",
							)
						).map((r) => [r.id, r]),
					);
					const found = ids.map((id) => locked.get(id));
					const audits = change(found);
					const gone = found.filter(
						(r): r is TrainingRecord => r !== undefined,
					);
					if (gone.length !== ids.length)
						throw new Error("records to delete are missing");
					await sql.query(
						"DELETE FROM training_records WHERE id = ANY($1::bigint[])",
						[gone.map((r) => r.id)],
					);
					for (const a of audits) await insertAudit(sql, a);
					return gone;
				}),
			),
		restore: (userKey, since, choose, audit) =>
			saving(() =>
				db.transaction(
					async (sql) => {
						const candidates = await undoable(sql, userKey, since);
						const chosen = choose(candidates);
						for (const c of chosen) {
							await sql.query(INSERT_RECORD, recordValues(c.before));
							await insertAudit(sql, audit(c));
						}
						return [...chosen];
					},
					{ lock: "training:restore" },
				),
			),
		async auditOf(target) {
			const { rows } = await db.query<AuditRow>(
				`SELECT ${AUDIT_COLUMNS} FROM training_audit WHERE target = $1 ORDER BY seq`,
				[target],
			);
			return rows.map(toAudit);
		},
	};
}

/** Deletions `userKey` may undo: theirs or of their records, since `since`, not restored since. */
async function undoable(
	sql: Sql,
	userKey: string,
	since: Date,
): Promise<Deletion[]> {
	const { rows } = await sql.query<AuditRow>(
		`SELECT ${AUDIT_COLUMNS} FROM training_audit a
		WHERE a.action = 'delete' AND a.before IS NOT NULL AND a.at >= $2
			AND (a.by_key = $1 OR a.owner = $1)
			AND NOT EXISTS (SELECT 1 FROM training_audit b WHERE b.target = a.target
				AND b.action IN ('delete', 'restore') AND b.seq > a.seq)
		ORDER BY a.seq DESC`,
		[userKey, since.toISOString()],
	);
	const deletions = rows.map(toAudit) as Deletion[];
	const present = new Set(
		(
			await sql.query<{ id: string }>(
				"SELECT id::text AS id FROM training_records WHERE id = ANY($1::bigint[])",
				[numericIds(deletions.map((d) => d.target))],
			)
		).rows.map((r) => r.id),
	);
	return deletions.filter((d) => !present.has(d.target));
}
