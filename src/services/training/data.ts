import type {
	AuditEntry,
	TeacherProfile,
	TrainingRecord,
} from "../../core/training-port.js";

/** The training section of the database: roles, teacher profiles, records, audit trail. */
export interface TrainingData {
	/** Roles granted at run time (admins come from configuration). */
	roles: Record<string, "teacher">;
	profiles: Record<string, TeacherProfile>;
	/** In the order they were logged; ids are never reused. */
	records: TrainingRecord[];
	/**
	 * Changes after creation (edit, delete) and role/profile changes. A record's creation is
	 * in the record itself (`owner`, `createdAt`), so it is not repeated here.
	 */
	audit: AuditEntry[];
	/** Next record id. */
	nextId: number;
}

export function emptyTrainingData(): TrainingData {
	return { roles: {}, profiles: {}, records: [], audit: [], nextId: 1 };
}
