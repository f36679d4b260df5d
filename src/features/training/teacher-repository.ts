import type { AdoptName } from "./records-repository.js";
import type { AuditEntry, TeacherProfile } from "./training-port.js";

/**
 * Granted teacher roles and teachers' profiles. Admins are not stored (they come from
 * configuration). Writes are atomic with their audit entry.
 */
export interface TeacherRepository {
	/** Whether `key` holds the teacher role (granted or joined). */
	isTeacher(key: string): Promise<boolean>;
	/** Everyone holding the teacher role, sorted. */
	teachers(): Promise<string[]>;
	/** Everyone with a role or a profile, sorted: the people a report may list. */
	rosterKeys(): Promise<string[]>;
	profile(key: string): Promise<TeacherProfile | undefined>;
	/** Profiles of those of `keys` who have one. */
	profilesOf(keys: readonly string[]): Promise<Map<string, TeacherProfile>>;
	/**
	 * Grants (`teacher`) or revokes the role with `audit`, adopting a profile name when given;
	 * `false`, with nothing written, when the role already was so.
	 */
	setTeacher(
		key: string,
		teacher: boolean,
		audit: AuditEntry,
		adoptName?: AdoptName,
	): Promise<boolean>;
	/**
	 * Saves what `change` makes of `key`'s profile (`undefined` when none yet), with its audit
	 * entry when there is one. Changes of one user's profile run one at a time.
	 */
	changeProfile<R>(
		key: string,
		change: (current: TeacherProfile | undefined) => {
			next: TeacherProfile;
			audit?: AuditEntry;
			result: R;
		},
	): Promise<R>;
}
