import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors.js";
import type {
	NewRecord,
	TrainingRecordsRepository,
} from "../../src/features/training/records-repository.js";
import type {
	AuditEntry,
	TrainingRecord,
} from "../../src/features/training/training-port.js";
import {
	type TrainingBackend,
	trainingBackends,
} from "../helpers/training-backends.js";

const A = "telegram:501";
const B = "discord:777";
const ADMIN = "console:admin";
const at = "2026-11-28T02:00:00.000Z";

const training = (owner: string, title: string, hours = 2): NewRecord => ({
	kind: "training",
	owner,
	date: "2026-11-01",
	hours,
	title,
	createdAt: at,
});

const practice = (owner: string, start: string, end: string): NewRecord => ({
	kind: "practice",
	owner,
	start,
	end,
	enterprise: "某公司",
	note: "顶岗",
	createdAt: at,
});

const created = (r: TrainingRecord): AuditEntry => ({
	at: r.createdAt,
	by: r.owner,
	action: "create",
	target: r.id,
	owner: r.owner,
	changes: { title: { from: null, to: r.kind === "training" ? r.title : "" } },
});

/** The fields the service's duplicate check compares. */
const sameAs = (r: TrainingRecord, e: NewRecord) =>
	r.kind === "training" && e.kind === "training"
		? r.date === e.date && r.hours === e.hours && r.title === e.title
		: r.kind === "practice" &&
			e.kind === "practice" &&
			r.start === e.start &&
			r.end === e.end &&
			r.enterprise === e.enterprise;

/** Inserts with a duplicate check, as the service does. */
function save(repo: TrainingRecordsRepository, entry: NewRecord) {
	return repo.insert({
		entry,
		check: (own) => {
			const same = own.find((r) => sameAs(r, entry));
			if (same) throw new UserError("training.duplicate", { id: same.id });
			return own.length;
		},
		audit: created,
	});
}

const deletion = (by: string, r: TrainingRecord, when = at): AuditEntry => ({
	at: when,
	by,
	action: "delete",
	target: r.id,
	owner: r.owner,
	before: r,
});

describe.each(trainingBackends)(
	"training repositories on $name",
	({ open }) => {
		let b: TrainingBackend;
		beforeEach(async () => {
			b = await open();
		});
		afterEach(async () => {
			await b.close();
		});

		it("gives ids in order and answers per owner, per id and for everyone in saving order", async () => {
			const r = b.repos.trainingRecords;
			const one = await save(r, training(A, "数控"));
			const two = await save(r, practice(B, "2026-07-01", "2026-08-31"));
			const three = await save(r, training(A, "焊接", 1.5));
			expect([one, two, three].map((x) => x.record.id)).toEqual([
				"1",
				"2",
				"3",
			]);
			expect(three.checked).toBe(1);
			expect(await r.recordsOf(A)).toEqual([one.record, three.record]);
			expect(await r.recordsOf(B)).toEqual([
				{ ...practice(B, "2026-07-01", "2026-08-31"), id: "2" },
			]);
			expect(await r.recordsOf("telegram:none")).toEqual([]);
			expect(await r.byIds(["3", "9", "1"])).toEqual([
				three.record,
				one.record,
			]);
			expect(await r.allRecords()).toEqual([
				one.record,
				two.record,
				three.record,
			]);
			const many = await r.recordsOfMany([B, A, "telegram:none"]);
			expect([...many.keys()].sort()).toEqual([A, B].sort());
			expect(many.get(A)).toEqual([one.record, three.record]);
			expect(await r.auditOf("1")).toEqual([created(one.record)]);
			expect(await r.byIds(["#1", "abc"])).toEqual([]);
			expect((await r.recordsOfMany([])).size).toBe(0);
			expect((await b.repos.teachers.profilesOf([])).size).toBe(0);
		});

		it("writes nothing, and uses no id, when the check refuses", async () => {
			const r = b.repos.trainingRecords;
			await save(r, training(A, "数控"));
			await expect(save(r, training(A, "数控"))).rejects.toMatchObject({
				code: "training.duplicate",
			});
			expect(await r.recordsOf(A)).toHaveLength(1);
			expect(await r.auditOf("2")).toEqual([]);
			expect((await save(r, training(A, "焊接"))).record.id).toBe("2");
		});

		it("never gives one owner two copies or two records one id when inserts race", async () => {
			const inserts = Array.from({ length: 12 }, (_, i) =>
				save(
					i % 2 ? b.other.trainingRecords : b.repos.trainingRecords,
					training(A, "数控"),
				),
			);
			const distinct = Array.from({ length: 12 }, (_, i) =>
				save(
					i % 2 ? b.other.trainingRecords : b.repos.trainingRecords,
					training(B, `课 ${i}`),
				),
			);
			const same = await Promise.allSettled(inserts);
			const all = await Promise.all(distinct);
			expect(same.filter((s) => s.status === "fulfilled")).toHaveLength(1);
			for (const s of same)
				if (s.status === "rejected") expect(s.reason).toBeInstanceOf(UserError);
			expect(await b.repos.trainingRecords.recordsOf(A)).toHaveLength(1);
			const ids = [
				...(await b.repos.trainingRecords.allRecords()).map((r) => r.id),
			];
			expect(new Set(ids).size).toBe(13);
			expect(new Set(all.map((x) => x.record.id)).size).toBe(12);
		});

		it("adopts a platform name only where the profile has none", async () => {
			const r = b.repos.trainingRecords;
			const t = b.repos.teachers;
			const adopt = (key: string, name: string, create: boolean) =>
				r.insert({
					entry: training(key, `${name} ${create}`),
					check: () => undefined,
					audit: created,
					adoptName: { key, name, create },
				});
			await adopt(A, "王老师", true);
			await adopt(A, "别的名字", true);
			await adopt(B, "管理员", false);
			expect(await t.profile(A)).toEqual({ name: "王老师" });
			expect(await t.profile(B)).toBeUndefined();
			await t.changeProfile(B, () => ({
				next: { department: "信息工程系" },
				result: 0,
			}));
			await adopt(B, "李老师", false);
			expect(await t.profile(B)).toEqual({
				department: "信息工程系",
				name: "李老师",
			});
		});

		it("replaces a record in its place with its audit entry, or writes nothing when refused", async () => {
			const r = b.repos.trainingRecords;
			const one = (await save(r, training(A, "数控"))).record;
			const two = (await save(r, practice(A, "2026-07-01", "2026-07-31")))
				.record;
			const edited = {
				...two,
				end: "2026-08-15",
				updatedAt: "2026-11-28T03:00:00.000Z",
			};
			const edit: AuditEntry = {
				at: edited.updatedAt,
				by: ADMIN,
				action: "edit",
				target: "2",
				owner: A,
				changes: { end: { from: "2026-07-31", to: "2026-08-15" } },
				reason: "核对合同",
			};
			const result = await r.replace("2", (current) => {
				expect(current).toEqual(two);
				return { next: edited, audit: edit, result: "ok" };
			});
			expect(result).toBe("ok");
			expect(await r.recordsOf(A)).toEqual([one, edited]);
			expect((await r.auditOf("2")).at(-1)).toEqual(edit);
			await expect(
				r.replace("2", () => {
					throw new UserError("training.field_not_editable", {
						id: "2",
						field: "kind",
						fields: "end",
					});
				}),
			).rejects.toBeInstanceOf(UserError);
			await expect(
				r.replace("9", (current) => {
					if (!current) throw new UserError("training.not_found", { id: "9" });
					return { next: current, audit: edit, result: 0 };
				}),
			).rejects.toMatchObject({ code: "training.not_found" });
			expect(await r.auditOf("2")).toHaveLength(2);
		});

		it("deletes every named record or none, and never gives a deleted id again", async () => {
			const r = b.repos.trainingRecords;
			const one = (await save(r, training(A, "数控"))).record;
			const two = (await save(r, training(A, "焊接"))).record;
			await expect(
				r.remove(["1", "5"], (found) => {
					if (found.some((f) => !f))
						throw new UserError("training.not_found", { id: "5" });
					return [];
				}),
			).rejects.toBeInstanceOf(UserError);
			expect(await r.recordsOf(A)).toHaveLength(2);
			const gone = await r.remove(["2", "1"], (found) =>
				found.map((f) => deletion(A, f as TrainingRecord)),
			);
			expect(gone).toEqual([two, one]);
			expect(await r.recordsOf(A)).toEqual([]);
			expect(await r.byIds(["1", "2"])).toEqual([]);
			expect((await r.auditOf("1")).map((e) => e.action)).toEqual([
				"create",
				"delete",
			]);
			expect((await save(r, training(A, "数控"))).record.id).toBe("3");
		});

		it("offers the deletions a user may undo, newest first, and restores each once", async () => {
			const r = b.repos.trainingRecords;
			const mine = (await save(r, training(A, "数控"))).record;
			const other = (await save(r, training(B, "焊接"))).record;
			const old = (await save(r, training(A, "旧"))).record;
			await r.remove(["3"], () => [
				deletion(A, old, "2026-11-01T00:00:00.000Z"),
			]);
			await r.remove(["1"], () => [
				deletion(ADMIN, mine, "2026-11-28T01:00:00.000Z"),
			]);
			await r.remove(["2"], () => [
				deletion(B, other, "2026-11-28T01:30:00.000Z"),
			]);
			const since = new Date("2026-11-21T02:00:00.000Z");
			const seen: string[][] = [];
			const peek = (user: string) =>
				r.restore(
					user,
					since,
					(c) => {
						seen.push(c.map((d) => `${d.by}>${d.target}`));
						return [];
					},
					() => {
						throw new Error("nothing chosen");
					},
				);
			await peek(A);
			await peek(ADMIN);
			await peek(B);
			expect(seen).toEqual([[`${ADMIN}>1`], [`${ADMIN}>1`], [`${B}>2`]]);
			const restoring = (d: {
				target: string;
				before: TrainingRecord;
			}): AuditEntry => ({
				at,
				by: A,
				action: "restore",
				target: d.target,
				owner: d.before.owner,
			});
			const back = await r.restore(A, since, (c) => c, restoring);
			expect(back.map((d) => d.before)).toEqual([mine]);
			expect(await r.recordsOf(A)).toEqual([mine]);
			expect((await r.auditOf("1")).map((e) => e.action)).toEqual([
				"create",
				"delete",
				"restore",
			]);
			seen.length = 0;
			await peek(ADMIN);
			expect(seen).toEqual([[]]);
			await r.remove(["1"], () => [
				deletion(A, mine, "2026-11-28T02:30:00.000Z"),
			]);
			await peek(ADMIN);
			expect(seen).toEqual([[], []]);
		});

		it("keeps roles: a change only when it changes something, audited once", async () => {
			const t = b.repos.teachers;
			const grant = (key: string, on: boolean): AuditEntry => ({
				at,
				by: ADMIN,
				action: on ? "grant" : "revoke",
				target: key,
			});
			const raced = await Promise.all([
				t.setTeacher(A, true, grant(A, true)),
				b.other.teachers.setTeacher(A, true, grant(A, true)),
			]);
			expect(raced.filter(Boolean)).toHaveLength(1);
			expect(
				await t.setTeacher(B, true, grant(B, true), {
					key: B,
					name: "李",
					create: true,
				}),
			).toBe(true);
			expect(await t.isTeacher(A)).toBe(true);
			expect(await b.other.teachers.isTeacher(B)).toBe(true);
			expect(await t.teachers()).toEqual([B, A].sort());
			expect(await t.profile(B)).toEqual({ name: "李" });
			expect(await t.setTeacher(A, false, grant(A, false))).toBe(true);
			expect(await t.setTeacher(A, false, grant(A, false))).toBe(false);
			expect(await t.isTeacher(A)).toBe(false);
			expect(
				(await b.repos.trainingRecords.auditOf(A)).map((e) => e.action),
			).toEqual(["grant", "revoke"]);
		});

		it("changes profiles one at a time, with their audit entry, and lists the roster", async () => {
			const t = b.repos.teachers;
			const step = (key: string, field: "department" | "name", value: string) =>
				(key === A ? t : b.other.teachers).changeProfile(key, (current) => ({
					next: {
						...current,
						[field]: value,
						periodStart: "2024-09-01",
						professional: true,
					},
					audit: {
						at,
						by: key,
						action: "profile",
						target: key,
						changes: { [field]: { from: current?.[field] ?? null, to: value } },
					},
					result: current,
				}));
			await Promise.all([
				step(A, "department", "机电系"),
				step(A, "name", "王芳"),
			]);
			expect(await t.profile(A)).toEqual({
				department: "机电系",
				name: "王芳",
				periodStart: "2024-09-01",
				professional: true,
			});
			await expect(
				t.changeProfile(A, () => {
					throw new UserError("teacher.period_in_future", {
						date: "2027-01-01",
						today: "2026-11-28",
					});
				}),
			).rejects.toBeInstanceOf(UserError);
			await t.setTeacher(B, true, {
				at,
				by: ADMIN,
				action: "grant",
				target: B,
			});
			expect(await t.rosterKeys()).toEqual([A, B].sort());
			const profiles = await t.profilesOf([A, B]);
			expect([...profiles.keys()]).toEqual([A]);
			expect(
				(await b.repos.trainingRecords.auditOf(A)).map((e) => e.action),
			).toEqual(["profile", "profile"]);
		});
	},
);
