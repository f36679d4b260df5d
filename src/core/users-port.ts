import type { Role } from "./command.js";

/** Roles of users: admins from configuration, teachers granted or joined, everyone else a student. */
export interface UserDirectory {
	roleOf(userKey: string): Role;
	/** The admins from configuration, for `/role list`. */
	admins?(): readonly string[];
}

export interface UnansweredQuestion {
	at: string;
	userKey: string;
	text: string;
}

/** Questions the bot could not answer, kept for admins. */
export interface UnansweredLog {
	record(entry: UnansweredQuestion): Promise<void>;
	/** Newest first. */
	list(limit: number): UnansweredQuestion[];
}
