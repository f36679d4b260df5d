/** The training section of the database: roles, teacher profiles, records, audit trail. */
export interface TrainingData {
	/** Roles granted at run time (admins come from configuration). */
	roles: Record<string, "teacher">;
}

export function emptyTrainingData(): TrainingData {
	return { roles: {} };
}
