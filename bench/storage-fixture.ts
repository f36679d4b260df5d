/**
 * A database as a college grows it through the bot: teachers who joined with an invite code
 * and filled in their profile (a `join` and a `profile` audit entry each), then `entries`
 * records logged with `/log` (one in five enterprise practice), each with the `create` audit
 * entry `/log` writes beside it.
 */
import type {
	AuditEntry,
	TrainingRecord,
} from "../src/features/training/training-port.js";
import { type DbData, emptyDb } from "../src/storage/db.js";

/** The teacher behind record `i` and behind the bench's own `/log` commands. */
export const teacherKey = (i: number, teachers: number) =>
	`telegram:${100000 + (i % teachers)}`;

function record(i: number, teachers: number): TrainingRecord {
	const day = String(1 + (i % 28)).padStart(2, "0");
	const month = String(1 + (i % 12)).padStart(2, "0");
	const base = {
		id: String(i + 1),
		owner: teacherKey(i, teachers),
		// Spread over 2025, in the order they were logged.
		createdAt: new Date(
			Date.UTC(2025, 0, 1) + Math.floor((i * 365 * 86_400_000) / 1e6),
		).toISOString(),
	};
	return i % 5 === 0
		? {
				...base,
				kind: "practice",
				start: `2025-${month}-01`,
				end: `2025-${month}-${day}`,
				enterprise: `某某制造有限公司${i % 300}`,
			}
		: {
				...base,
				kind: "training",
				date: `2025-${month}-${day}`,
				hours: 1 + (i % 8),
				title: `师资培训课程第${i % 500}期`,
			};
}

/** The audit entry `/log` writes with a new record: every field from nothing to its value. */
function created(r: TrainingRecord): AuditEntry {
	const changes: Record<string, { from: null; to: unknown }> = {};
	for (const [field, value] of Object.entries(r))
		if (!["id", "owner", "createdAt"].includes(field))
			changes[field] = { from: null, to: value };
	return {
		at: r.createdAt,
		by: r.owner,
		action: "create",
		target: r.id,
		owner: r.owner,
		changes,
	};
}

export interface FixtureSize {
	teachers: number;
	entries: number;
}

/** The whole document: roles, profiles, records and the audit trail in the order written. */
export function trainingFixture({ teachers, entries }: FixtureSize): DbData {
	const db = emptyDb();
	const { training } = db;
	for (let t = 0; t < teachers; t++) {
		const key = teacherKey(t, teachers);
		const profile = {
			name: `教师${t}`,
			department: `院系${t % 12}`,
			periodStart: "2024-09-01",
			professional: t % 4 !== 0,
		};
		training.roles[key] = "teacher";
		training.profiles[key] = profile;
		const at = "2024-12-01T02:00:00.000Z";
		training.audit.push({ at, by: key, action: "join", target: key });
		training.audit.push({
			at,
			by: key,
			action: "profile",
			target: key,
			changes: Object.fromEntries(
				Object.entries(profile).map(([f, v]) => [f, { from: null, to: v }]),
			),
		});
	}
	for (let i = 0; i < entries; i++) {
		const r = record(i, teachers);
		training.records.push(r);
		training.audit.push(created(r));
	}
	training.nextId = entries + 1;
	return db;
}
