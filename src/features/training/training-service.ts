import { UserError } from "../../core/errors.js";
import { lookupRecords, removeRecords } from "./deletions.js";
import type { TrainingDeps } from "./deps.js";
import { recordsToCsv } from "./export-csv.js";
import { unionDays } from "./periods.js";
import { computeProgress, urgencyOf } from "./progress.js";
import {
	editRecord,
	logPractice,
	logTraining,
	removeRecord,
} from "./record-changes.js";
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

/** Builds the training service over the database's `training` section. */
export function createTrainingService(deps: TrainingDeps): TrainingService {
	const data = () => deps.store.data.training;
	const profileOf = (key: string): TeacherProfile => ({
		...data().profiles[key],
	});
	const ownedBy = (owner: string) =>
		data().records.filter((r) => r.owner === owner);

	function mayRead(actor: Actor, owner: string) {
		if (actor.key !== owner && actor.role !== "admin")
			throw new UserError("training.others_admin_only");
	}

	/** Teachers and admins who have a role or a profile; students never appear. */
	function roster(): string[] {
		const keys = new Set([
			...Object.keys(data().roles),
			...Object.keys(data().profiles),
		]);
		return [...keys].filter((k) => deps.users.roleOf(k) !== "student");
	}

	function progress(owner: string, today: string) {
		const result = computeProgress(
			profileOf(owner),
			ownedBy(owner),
			deps.policy,
			today,
		);
		if (!result) throw new UserError("training.no_period");
		return result;
	}

	function report(today: string, department?: string): ReportRow[] {
		const wanted = department?.trim().toLowerCase();
		const owners = new Map<string, TrainingRecord[]>();
		for (const r of data().records) {
			const list = owners.get(r.owner);
			if (list) list.push(r);
			else owners.set(r.owner, [r]);
		}
		const rows: ReportRow[] = [];
		for (const owner of roster()) {
			const profile = profileOf(owner);
			// Part of the name is enough: `信息` finds 信息工程系 and 信息工程学院.
			if (wanted && !profile.department?.toLowerCase().includes(wanted))
				continue;
			const p = computeProgress(
				profile,
				owners.get(owner) ?? [],
				deps.policy,
				today,
			);
			// A teacher without a period cannot be checked at all: listed first.
			rows.push({
				owner,
				profile,
				progress: p,
				urgency: p ? urgencyOf(p) : Infinity,
			});
		}
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
		records(actor, owner) {
			mayRead(actor, owner);
			return ownedBy(owner).sort(byNewest);
		},
		edit: (change, id, field, value, reason) =>
			editRecord(deps, change.actor, id, field, value, reason, change),
		remove: (change, id, reason) =>
			removeRecord(deps, change.actor, id, reason, change),
		lookup: (actor, ids, reason) =>
			lookupRecords(deps.store.data, actor, ids, reason),
		removeMany: (change, ids, reason) =>
			removeRecords(deps, change.actor, ids, reason, change),
		restore: (change, ids) => restoreRecords(deps, change.actor, ids, change),
		totals(owner) {
			const mine = ownedBy(owner);
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
		exportCsv(actor, owner, zone) {
			if (owner === "all") {
				if (actor.role !== "admin")
					throw new UserError("training.others_admin_only");
				return recordsToCsv(data().records, profileOf, zone);
			}
			mayRead(actor, owner);
			return recordsToCsv(ownedBy(owner), profileOf, zone);
		},
		members(actor) {
			if (actor.role !== "admin")
				throw new UserError("training.others_admin_only");
			const admins = deps.users.admins?.() ?? [];
			const teachers = Object.keys(data().roles)
				.filter((k) => !admins.includes(k))
				.sort();
			return [
				...admins.map((key) => ({ key, role: "admin" as const })),
				...teachers.map((key) => ({ key, role: "teacher" as const })),
			].map((m) => {
				const p = profileOf(m.key);
				return {
					...m,
					...(p.name ? { name: p.name } : {}),
					...(p.department ? { department: p.department } : {}),
				};
			});
		},
		auditOf: (target) => data().audit.filter((a) => a.target === target),
	};
}
