import { UserError } from "../../core/errors.js";
import { lookupRecords, removeRecord, removeRecords } from "./deletions.js";
import type { TrainingDeps } from "./deps.js";
import { recordsToCsv } from "./export-csv.js";
import { unionDays } from "./periods.js";
import { computeProgress, urgencyOf } from "./progress.js";
import { editRecord, logPractice, logTraining } from "./record-changes.js";
import { restoreRecords } from "./restore.js";
import { join, setTeacher, updateProfile } from "./roles.js";
import type {
	Actor,
	ReportRow,
	TeacherProfile,
	TrainingRecord,
	TrainingService,
} from "./training-port.js";

const byNewest = (a: TrainingRecord, b: TrainingRecord) => {
	const da = a.kind === "training" ? a.date : a.start;
	const db = b.kind === "training" ? b.date : b.start;
	return da === db ? Number(b.id) - Number(a.id) : da < db ? 1 : -1;
};

/** Builds the training service over its repositories (records and audit; roles and profiles). */
export function createTrainingService(deps: TrainingDeps): TrainingService {
	const { records, teachers } = deps;
	const profileOf = async (key: string): Promise<TeacherProfile> => ({
		...(await teachers.profile(key)),
	});

	function mayRead(actor: Actor, owner: string) {
		if (actor.key !== owner && actor.role !== "admin")
			throw new UserError("training.others_admin_only");
	}

	/** Teachers and admins who have a role or a profile; students never appear. */
	async function roster(): Promise<string[]> {
		const privileged = new Set([
			...(deps.users.admins?.() ?? []),
			...(await teachers.teachers()),
		]);
		return (await teachers.rosterKeys()).filter((k) => privileged.has(k));
	}

	/** CSV of `list`, with the names of the profiles its owners have. */
	async function csvOf(list: readonly TrainingRecord[], zone: string) {
		const profiles = await teachers.profilesOf([
			...new Set(list.map((r) => r.owner)),
		]);
		return recordsToCsv(list, (key) => ({ ...profiles.get(key) }), zone);
	}

	async function progress(owner: string, today: string) {
		const [profile, own] = await Promise.all([
			profileOf(owner),
			records.recordsOf(owner),
		]);
		const result = computeProgress(profile, own, deps.policy, today);
		if (!result) throw new UserError("training.no_period");
		return result;
	}

	async function report(
		today: string,
		department?: string,
	): Promise<ReportRow[]> {
		const wanted = department?.trim().toLowerCase();
		const keys = await roster();
		const profiles = await teachers.profilesOf(keys);
		// Part of the name is enough: `信息` finds 信息工程系 and 信息工程学院.
		const listed = keys.filter(
			(k) =>
				!wanted || profiles.get(k)?.department?.toLowerCase().includes(wanted),
		);
		const owners = await records.recordsOfMany(listed);
		const rows: ReportRow[] = listed.map((owner) => {
			const profile = { ...profiles.get(owner) };
			const p = computeProgress(
				profile,
				owners.get(owner) ?? [],
				deps.policy,
				today,
			);
			// A teacher without a period cannot be checked at all: listed first.
			return {
				owner,
				profile,
				progress: p,
				urgency: p ? urgencyOf(p) : Infinity,
			};
		});
		return rows.sort(
			(a, b) => b.urgency - a.urgency || a.owner.localeCompare(b.owner),
		);
	}

	return {
		join: (change, code) => join(deps, change.actor, code, change),
		grant: (change, target) =>
			setTeacher(deps, change.actor, target, true, change),
		revoke: (change, target) =>
			setTeacher(deps, change.actor, target, false, change),
		profile: profileOf,
		updateProfile: (change, patch) =>
			updateProfile(deps, change.actor, patch, change),
		logTraining: (change, input) =>
			logTraining(deps, change.actor, input, change),
		logPractice: (change, input) =>
			logPractice(deps, change.actor, input, change),
		async records(actor, owner) {
			mayRead(actor, owner);
			return (await records.recordsOf(owner)).sort(byNewest);
		},
		edit: (change, id, field, value, reason) =>
			editRecord(deps, change.actor, id, field, value, reason, change),
		remove: (change, id, reason) =>
			removeRecord(deps, change.actor, id, reason, change),
		lookup: (actor, ids, reason) => lookupRecords(deps, actor, ids, reason),
		removeMany: (change, ids, reason) =>
			removeRecords(deps, change.actor, ids, reason, change),
		restore: (change, ids) => restoreRecords(deps, change.actor, ids, change),
		async totals(owner) {
			const mine = await records.recordsOf(owner);
			const practice = mine.filter((r) => r.kind === "practice");
			let hours = 0;
			for (const r of mine) if (r.kind === "training") hours += r.hours;
			return {
				practiceDays: unionDays(practice, "2000-01-01", "2200-12-31"),
				hours: Math.round(hours * 100) / 100,
				records: mine.length,
			};
		},
		progress,
		report,
		async exportCsv(actor, owner, zone) {
			if (owner === "all") {
				if (actor.role !== "admin")
					throw new UserError("training.others_admin_only");
				return csvOf(await records.allRecords(), zone);
			}
			mayRead(actor, owner);
			return csvOf(await records.recordsOf(owner), zone);
		},
		async members(actor) {
			if (actor.role !== "admin")
				throw new UserError("training.others_admin_only");
			const admins = deps.users.admins?.() ?? [];
			const granted = (await teachers.teachers()).filter(
				(k) => !admins.includes(k),
			);
			const all = [
				...admins.map((key) => ({ key, role: "admin" as const })),
				...granted.map((key) => ({ key, role: "teacher" as const })),
			];
			const profiles = await teachers.profilesOf(all.map((m) => m.key));
			return all.map((m) => {
				const p = profiles.get(m.key) ?? {};
				return {
					...m,
					...(p.name ? { name: p.name } : {}),
					...(p.department ? { department: p.department } : {}),
				};
			});
		},
		auditOf: (target) => records.auditOf(target),
	};
}
