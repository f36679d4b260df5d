import type { Change } from "../../core/change.js";
import type { Role } from "../../core/command.js";

/** A user acting on records: their key and role decide what they may touch. */
export interface Actor {
	key: string;
	role: Role;
	/** Display name from the platform, used as the default profile name. */
	name?: string;
}

/** The moment of a change: `now` is stored (UTC ISO), `today` (local date) bounds input dates. */
export interface At {
	now: Date;
	today: string;
}

interface RecordBase {
	/** Short numeric id shown to users (`12`, typed as `12` or `#12`). */
	id: string;
	/** User key of the teacher the record belongs to. */
	owner: string;
	createdAt: string;
	updatedAt?: string;
}

/** Hours of training (培训学时) on one date. */
export interface TrainingEntry extends RecordBase {
	kind: "training";
	date: string;
	hours: number;
	title: string;
}

/** A period of enterprise practice (企业实践), both dates inclusive. */
export interface PracticeEntry extends RecordBase {
	kind: "practice";
	start: string;
	end: string;
	enterprise: string;
	note?: string;
}

export type TrainingRecord = TrainingEntry | PracticeEntry;
export type RecordKind = TrainingRecord["kind"];

/** What `edit` may change, per kind. */
export type EditableField =
	| "hours"
	| "title"
	| "date"
	| "start"
	| "end"
	| "enterprise"
	| "note";

export interface TeacherProfile {
	name?: string;
	/** 院系/教研室. */
	department?: string;
	/** Start of the current appraisal period (考核周期/聘期), `YYYY-MM-DD`. */
	periodStart?: string;
	/** Professional-course teacher: the enterprise-practice rule applies. */
	professional?: boolean;
}

export type AuditAction =
	| "create"
	| "edit"
	| "delete"
	| "restore"
	| "join"
	| "grant"
	| "revoke"
	| "profile";

/** One change in the audit trail: who, when, what (before → after), and why for admins. */
export interface AuditEntry {
	at: string;
	by: string;
	action: AuditAction;
	/** Record id, or the user key for role and profile changes. */
	target: string;
	/** Owner of the record, when the target is a record. */
	owner?: string;
	/** Before → after per field; on `create` every field of the new record, from `null`. */
	changes?: Record<string, { from: unknown; to: unknown }>;
	/** The record as it was, for deletions. */
	before?: TrainingRecord;
	reason?: string;
}

/** Standing against one requirement within its current period. */
export interface Requirement {
	/** The period containing today, both ends inclusive; `end` is the deadline. */
	start: string;
	end: string;
	required: number;
	done: number;
	shortfall: number;
	/** Days from today to the deadline, today included. */
	daysLeft: number;
}

export interface Progress {
	profile: TeacherProfile;
	/** Enterprise-practice days (overlaps counted once); `applies` false for non-professional teachers. */
	practice: Requirement & { applies: boolean };
	/** Training hours against the school's target. */
	hours: Requirement;
	/** The hours target is the school's own setting rather than a regulation's figure. */
	hoursSetBySchool: boolean;
	/** Where the requirements come from (policy sources), for the reply. */
	sources: string[];
	/**
	 * The appraisal period that ended last, when the one the teacher set is over and the
	 * current one was counted on from it: replies say so and offer to start the next one.
	 */
	ended?: Requirement;
}

export interface ReportRow {
	owner: string;
	profile: TeacherProfile;
	/** `null` when the teacher has not set an appraisal period start. */
	progress: Progress | null;
	/** Larger is more urgent: share of work left ÷ share of time left (1 = on pace). */
	urgency: number;
}

export type RoleChange = "done" | "unchanged" | "admin";

/** A user with a role other than student, for `/role list`. */
export interface Member {
	key: string;
	role: Exclude<Role, "student">;
	name?: string;
	department?: string;
}

/** Result of logging: the new record, plus overlaps with earlier practice periods. */
export interface Logged {
	record: TrainingRecord;
	/** Ids of this teacher's practice periods the new one overlaps. */
	overlaps: string[];
	/** Days of the new period already covered by others (counted once in progress). */
	overlapDays: number;
}

/**
 * Teachers' roles, profiles and records. Mutating methods take the `Change` first, resolve after
 * the change is on disk and throw `UserError` for anything the user can fix (bad hours, someone
 * else's record, …).
 */
export interface TrainingService {
	/** Becomes a teacher with the invite code; a wrong or unset code is a `UserError`. */
	join(change: Change, code: string): Promise<RoleChange>;
	/** Admin grants or revokes the teacher role; admins (from configuration) stay admins. */
	grant(change: Change, target: string): Promise<RoleChange>;
	revoke(change: Change, target: string): Promise<RoleChange>;
	profile(userKey: string): Promise<TeacherProfile>;
	updateProfile(change: Change, patch: TeacherProfile): Promise<TeacherProfile>;
	/**
	 * Saves hours of training. The same record already there (same date, hours, title) is a
	 * `training.duplicate` error unless `again`; a date before the appraisal period is refused.
	 */
	logTraining(
		change: Change,
		input: { hours: number; title: string; date: string; again?: boolean },
	): Promise<Logged>;
	/** Saves a practice period; duplicates and dates before the period as for training. */
	logPractice(
		change: Change,
		input: {
			start: string;
			end: string;
			enterprise: string;
			note?: string;
			again?: boolean;
		},
	): Promise<Logged>;
	/** Records of `owner`, newest first; only the owner or an admin may ask. */
	records(actor: Actor, owner: string): Promise<TrainingRecord[]>;
	/** Changes one field; others' records only by admins and only with a reason. */
	edit(
		change: Change,
		id: string,
		field: EditableField,
		value: string,
		reason: string | undefined,
	): Promise<{ record: TrainingRecord; from: unknown; to: unknown }>;
	remove(
		change: Change,
		id: string,
		reason: string | undefined,
	): Promise<TrainingRecord>;
	/** The records `ids` name, if the actor may change every one (else `training.not_found`). */
	lookup(
		actor: Actor,
		ids: readonly string[],
		reason?: string,
	): Promise<TrainingRecord[]>;
	/** Deletes several records at once: all of them, or none when one is not the actor's. */
	removeMany(
		change: Change,
		ids: readonly string[],
		reason: string | undefined,
	): Promise<TrainingRecord[]>;
	/** Brings back deleted records (`ids`, or the actor's latest deletion) for a few days. */
	restore(change: Change, ids: readonly string[]): Promise<TrainingRecord[]>;
	/** Everything logged, whatever the period: practice days (overlaps once) and hours. */
	totals(owner: string): Promise<{
		practiceDays: number;
		hours: number;
		records: number;
	}>;
	/** Progress in the current periods; a `UserError` when no appraisal period start is set. */
	progress(owner: string, today: string): Promise<Progress>;
	/**
	 * Admin: every teacher (of the departments whose name contains `department`, when
	 * given), most urgent first; teachers without a period have `progress: null`.
	 */
	report(today: string, department?: string): Promise<ReportRow[]>;
	/**
	 * CSV (UTF-8 BOM, Chinese headers) of one teacher's records, or everyone's for `"all"`;
	 * times are written as `YYYY-MM-DD HH:mm` in `zone` (IANA), not as UTC.
	 */
	exportCsv(actor: Actor, owner: string | "all", zone: string): Promise<string>;
	/** Admin: everyone with a role (configured admins, then teachers), with their names. */
	members(actor: Actor): Promise<Member[]>;
	/** Audit entries about a record or user, oldest first. */
	auditOf(target: string): Promise<AuditEntry[]>;
}

/** How long a deleted record can be brought back with `/undo`. */
export const RESTORE_DAYS = 7;
