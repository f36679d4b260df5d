import { NotSavedError } from "../../core/errors.js";
import { type DbData, emptyDb } from "../db.js";
import { createMutex, type Store } from "../store.js";

/**
 * The legacy whole-document store when the bot runs on PostgreSQL: a service still reading the
 * embedded document sees empty sections, and any write it tries is refused as not saved (never
 * acknowledged and then lost at the next restart). Goes away once every service has a repository.
 */
export function unmovedStore(where: string): Store<DbData> {
	const refuse = async (): Promise<never> => {
		throw new NotSavedError(
			`this part of the bot is not stored in PostgreSQL (${where}) yet; nothing was saved`,
		);
	};
	return {
		data: emptyDb(),
		apply: refuse,
		exclusive: createMutex(),
		update: refuse,
	};
}
