import type {
	AuditEntry,
	TeacherProfile,
	TrainingRecord,
} from "./training-port.js";

/** The training section of the database: roles, teacher profiles, records, audit trail. */
export interface TrainingData {
	/** Roles granted at run time (admins come from configuration). */
	roles: Record<string, "teacher">;
	profiles: Record<string, TeacherProfile>;
	/** In the order they were logged; ids are never reused. */
	records: TrainingRecord[];
	/**
	 * Every change to a record (create, edit, delete) and every role/profile change, oldest
	 * first. Entries are only ever appended.
	 */
	audit: AuditEntry[];
	/** Next record id. */
	nextId: number;
}

export function emptyTrainingData(): TrainingData {
	return { roles: {}, profiles: {}, records: [], audit: [], nextId: 1 };
}
