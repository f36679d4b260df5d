import type { TeacherRepository } from "../../features/training/teacher-repository.js";
import type { TeacherProfile } from "../../features/training/training-port.js";
import type { PgDatabase } from "./database.js";
import {
	adoptName,
	insertAudit,
	PROFILE_COLUMNS,
	type ProfileRow,
	saveProfile,
	saving,
	toProfile,
	userLock,
} from "./training-rows.js";

/**
 * Roles and profiles in PostgreSQL, one row per user. A role change is a conditional insert or
 * delete (the audit entry only when a row changed); a profile change holds the user's lock.
 */
export function postgresTeachers(db: PgDatabase): TeacherRepository {
	async function profilesWhere(where: string, values: readonly unknown[]) {
		const { rows } = await db.query<ProfileRow>(
			`SELECT ${PROFILE_COLUMNS} FROM training_profiles WHERE ${where}`,
			values,
		);
		return rows;
	}

	return {
		async isTeacher(key) {
			const { rowCount } = await db.query(
				"SELECT 1 FROM training_roles WHERE key = $1 AND role = 'teacher'",
				[key],
			);
			return (rowCount ?? 0) > 0;
		},
		async teachers() {
			const { rows } = await db.query<{ key: string }>(
				"SELECT key FROM training_roles WHERE role = 'teacher' ORDER BY key COLLATE \"C\"",
			);
			return rows.map((r) => r.key);
		},
		async rosterKeys() {
			const { rows } = await db.query<{ key: string }>(
				`SELECT key FROM (SELECT key FROM training_roles
					UNION SELECT key FROM training_profiles) AS keys ORDER BY key COLLATE "C"`,
			);
			return rows.map((r) => r.key);
		},
		async profile(key) {
			const [row] = await profilesWhere("key = $1", [key]);
			return row && toProfile(row);
		},
		async profilesOf(keys) {
			const out = new Map<string, TeacherProfile>();
			if (keys.length === 0) return out;
			for (const row of await profilesWhere("key = ANY($1::text[])", [
				[...keys],
			]))
				out.set(row.key, toProfile(row));
			return out;
		},
		setTeacher: (key, teacher, audit, adopt) =>
			saving(() =>
				db.transaction(
					async (sql) => {
						const { rowCount } = teacher
							? await sql.query(
									"INSERT INTO training_roles (key, role) VALUES ($1, 'teacher') ON CONFLICT (key) DO NOTHING",
									[key],
								)
							: await sql.query("DELETE FROM training_roles WHERE key = $1", [
									key,
								]);
						if (!rowCount) return false;
						await adoptName(sql, adopt);
						await insertAudit(sql, audit);
						return true;
					},
					{ lock: userLock(key) },
				),
			),
		changeProfile: (key, change) =>
			saving(() =>
				db.transaction(
					async (sql) => {
						const { rows } = await sql.query<ProfileRow>(
							`SELECT ${PROFILE_COLUMNS} FROM training_profiles WHERE key = $1`,
							[key],
						);
						const { next, audit, result } = change(
							rows[0] && toProfile(rows[0]),
						);
						await saveProfile(sql, key, next);
						if (audit) await insertAudit(sql, audit);
						return result;
					},
					{ lock: userLock(key) },
				),
			),
	};
}
