import type {
	AuditEntry,
	PracticeEntry,
	TrainingEntry,
	TrainingRecord,
} from "./training-port.js";

/** A record before it is saved: the repository gives it its id. */
export type NewRecord = Omit<TrainingEntry, "id"> | Omit<PracticeEntry, "id">;

/** A deletion in the audit trail, with the record as it was. */
export type Deletion = AuditEntry & { before: TrainingRecord };

/**
 * The platform's display name to keep as `key`'s profile name while the profile has none;
 * `create` makes the profile when there is none yet (teachers only).
 */
export interface AdoptName {
	key: string;
	name: string;
	create: boolean;
}

/**
 * Teachers' records and the audit trail, as the training service needs them: per owner, per id,
 * per target. Every write is atomic (all of it or nothing, acknowledged once durable); a `check`
 * or `change` callback runs on the current rows right before the write and refuses by throwing,
 * in which case nothing is written.
 */
export interface TrainingRecordsRepository {
	/** `owner`'s records in the order they were saved (a restored one where it came back). */
	recordsOf(owner: string): Promise<TrainingRecord[]>;
	/** The records of each of `owners` (absent when none), for reports. */
	recordsOfMany(
		owners: readonly string[],
	): Promise<Map<string, TrainingRecord[]>>;
	/** Every record in the order saved: the admin's export of everything. */
	allRecords(): Promise<TrainingRecord[]>;
	/** The records with these ids that exist, in the order asked. */
	byIds(ids: readonly string[]): Promise<TrainingRecord[]>;
	/**
	 * Saves `entry` under the next id (never one used before) with the audit entry `audit`
	 * makes of it, and adopts a profile name when given, after `check` saw the owner's records.
	 * Inserts and other changes of one owner's records run one at a time, also across
	 * processes, so a duplicate check in `check` holds.
	 */
	insert<R>(input: {
		entry: NewRecord;
		check: (own: readonly TrainingRecord[]) => R;
		audit: (record: TrainingRecord) => AuditEntry;
		adoptName?: AdoptName;
	}): Promise<{ record: TrainingRecord; checked: R }>;
	/**
	 * Replaces record `id` with what `change` makes of its current value (`undefined` when there
	 * is none), and appends `audit`. The owner and id stay as they were.
	 */
	replace<R>(
		id: string,
		change: (current: TrainingRecord | undefined) => {
			next: TrainingRecord;
			audit: AuditEntry;
			result: R;
		},
	): Promise<R>;
	/**
	 * Deletes the records `ids`, every one or none: `change` sees them (`undefined` for a
	 * missing one, in the order of `ids`) and returns the audit entries.
	 */
	remove(
		ids: readonly string[],
		change: (found: readonly (TrainingRecord | undefined)[]) => AuditEntry[],
	): Promise<TrainingRecord[]>;
	/**
	 * Puts deleted records back as they were, with their ids. `choose` picks from the deletions
	 * `userKey` may undo (made by them or of their records, at or after `since`, not restored
	 * since, newest first); each chosen one is saved with the audit entry `audit` makes.
	 */
	restore(
		userKey: string,
		since: Date,
		choose: (candidates: readonly Deletion[]) => readonly Deletion[],
		audit: (deletion: Deletion) => AuditEntry,
	): Promise<Deletion[]>;
	/** Audit entries about a record (its id) or a user (their key), oldest first. */
	auditOf(target: string): Promise<AuditEntry[]>;
}
