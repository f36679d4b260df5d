import type { DbData } from "../storage/db.js";
import type { Store } from "../storage/store.js";
import type { TrainingRecordsRepository } from "./training/records-repository.js";
import type { TeacherRepository } from "./training/teacher-repository.js";

/**
 * Every feature's storage as the services reach it: one entry per repository interface, each
 * declared in its feature's folder and implemented twice under `src/storage/` (lowdb and
 * PostgreSQL).
 */
export interface Repositories {
	/**
	 * The whole embedded document, for the services not yet moved onto a repository of their own.
	 * @deprecated read and write through a feature repository.
	 */
	store: Store<DbData>;
	/** Teachers' training and practice records with the audit trail. */
	trainingRecords: TrainingRecordsRepository;
	/** Granted teacher roles and teachers' profiles. */
	teachers: TeacherRepository;
}
