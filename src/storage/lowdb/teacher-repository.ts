import type { TeacherRepository } from "../../features/training/teacher-repository.js";
import type { TeacherProfile } from "../../features/training/training-port.js";
import type { DbData } from "../db.js";
import type { DocChange } from "../document-change.js";
import type { Store } from "../store.js";
import { applyIndexed, indexAudit, indexCacheOf } from "./training-index.js";
import { adoptChanges } from "./training-repository.js";

const AUDIT = ["training", "audit"] as const;

/**
 * Roles and profiles in the embedded document (`training.roles`, `training.profiles`): keyed by
 * user, so a lookup is one property read. Audit entries go to the shared trail and its index.
 */
export function lowdbTeachers(store: Store<DbData>): TeacherRepository {
	const cache = indexCacheOf(store);
	const training = () => store.data.training;
	const own = <V>(map: Record<string, V>, key: string): V | undefined =>
		Object.hasOwn(map, key) ? map[key] : undefined;
	const isTeacher = (key: string) => own(training().roles, key) === "teacher";

	return {
		async isTeacher(key) {
			return isTeacher(key);
		},
		async teachers() {
			return Object.keys(training().roles).filter(isTeacher).sort();
		},
		async rosterKeys() {
			const t = training();
			return [
				...new Set([...Object.keys(t.roles), ...Object.keys(t.profiles)]),
			].sort();
		},
		async profile(key) {
			const p = own(training().profiles, key);
			return p && { ...p };
		},
		async profilesOf(keys) {
			const out = new Map<string, TeacherProfile>();
			for (const key of keys) {
				const p = own(training().profiles, key);
				if (p) out.set(key, { ...p });
			}
			return out;
		},
		async setTeacher(key, teacher, audit, adoptName) {
			if (isTeacher(key) === teacher) return false;
			const ix = cache.get(training());
			const role: DocChange = teacher
				? { op: "set", path: ["training", "roles", key], value: "teacher" }
				: { op: "delete", path: ["training", "roles", key] };
			await applyIndexed(
				store,
				cache,
				[
					role,
					...adoptChanges(training(), adoptName),
					{ op: "push", path: AUDIT, value: audit },
				],
				() => indexAudit(ix, audit),
			);
			return true;
		},
		async changeProfile(key, change) {
			const current = own(training().profiles, key);
			const { next, audit, result } = change(current && { ...current });
			const ix = cache.get(training());
			await applyIndexed(
				store,
				cache,
				[
					{
						op: "set",
						path: ["training", "profiles", key],
						value: { ...next },
					},
					...(audit
						? [{ op: "push" as const, path: AUDIT, value: audit }]
						: []),
				],
				() => {
					if (audit) indexAudit(ix, audit);
				},
			);
			return result;
		},
	};
}
