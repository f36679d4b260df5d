import type { Repositories } from "../../features/repositories.js";
import type { DbData } from "../db.js";
import type { Store } from "../store.js";
import { lowdbTeachers } from "./teacher-repository.js";
import { lowdbTrainingRecords } from "./training-repository.js";

/** The features' repositories over the embedded document (a lowdb file, or memory in tests). */
export function lowdbRepositories(store: Store<DbData>): Repositories {
	return {
		store,
		trainingRecords: lowdbTrainingRecords(store),
		teachers: lowdbTeachers(store),
	};
}
