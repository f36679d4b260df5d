import { afterEach, describe, expect, it } from "vitest";
import type { NewExamRound } from "../../src/features/exams/exam-round-repository.js";
import { createExamService } from "../../src/features/exams/exam-service.js";
import { changeBy } from "../helpers/change.js";
import {
	type ReminderStoreUnderTest,
	reminderStores,
} from "../helpers/reminder-stores.js";

const round = (
	exam: string,
	extra: Partial<NewExamRound> = {},
): NewExamRound => ({
	certificateId: "c1",
	levels: ["初级", "中级"],
	dates: {
		register: "2027-03-15",
		pay: "2027-03-16",
		exam,
		results: "2027-04-04",
	},
	source: {
		title: "教务处通知",
		url: "https://example.org/n",
		trust: "medium",
	},
	addedBy: "telegram:1",
	addedAt: "2026-11-28T02:00:00.000Z",
	...extra,
});

describe.each(reminderStores)("exam round repository on %s", (_, open) => {
	let store: ReminderStoreUnderTest;
	afterEach(async () => {
		await store?.close();
	});
	const rounds = async () => {
		store = await open();
		return store.repos.examRounds;
	};

	it("adds rounds under r1, r2 … and reads every field back, in the order added", async () => {
		const repo = await rounds();
		const full = round("2027-03-20", {
			site: "实训楼 A301",
			note: "携带身份证",
			source: {
				title: "教务处通知",
				trust: "high",
				note: "管理员录入",
				url: "https://example.org/x",
			},
		});
		const sparse: NewExamRound = {
			certificateId: "c2",
			levels: [],
			dates: { exam: "2027-01-10" },
			source: { title: "口头通知", trust: "low" },
			addedBy: "discord:2",
			addedAt: "2026-11-29T00:00:00.000Z",
		};
		expect(await repo.add(full, new Set())).toEqual({
			added: { ...full, id: "r1" },
		});
		expect(await repo.add(sparse, new Set())).toEqual({
			added: { ...sparse, id: "r2" },
		});
		expect(await repo.all()).toEqual([
			{ ...full, id: "r1" },
			{ ...sparse, id: "r2" },
		]);
	});

	it("skips reserved ids, refuses a twin and never reuses a removed id", async () => {
		const repo = await rounds();
		const first = await repo.add(round("2027-03-20"), new Set(["r1", "r2"]));
		expect(first).toMatchObject({ added: { id: "r3" } });
		expect(
			await repo.add(round("2027-03-20", { site: "别处" }), new Set()),
		).toEqual({ twin: "r3" });
		// Other levels on the same day are another round.
		expect(
			await repo.add(round("2027-03-20", { levels: ["高级"] }), new Set()),
		).toMatchObject({ added: { id: "r4" } });
		expect(await repo.remove("r3")).toBe(true);
		expect(await repo.remove("r3")).toBe(false);
		expect(await repo.add(round("2027-03-20"), new Set())).toMatchObject({
			added: { id: "r5" },
		});
		expect((await repo.all()).map((r) => r.id)).toEqual(["r4", "r5"]);
	});

	it("gives different ids to rounds added at the same moment by two instances", async () => {
		const repo = await rounds();
		const other = (await store.another()).examRounds;
		const added = await Promise.all(
			Array.from({ length: 12 }, (_, i) =>
				(i % 2 ? other : repo).add(
					round(`2027-05-${String(i + 1).padStart(2, "0")}`),
					new Set(),
				),
			),
		);
		const ids = added.map((a) => ("added" in a ? a.added.id : a.twin));
		expect(new Set(ids).size).toBe(12);
		// The same round twice at once: one is added, the other is its twin.
		const twins = await Promise.all([
			repo.add(round("2027-06-01"), new Set()),
			other.add(round("2027-06-01"), new Set()),
		]);
		expect(twins.filter((t) => "added" in t)).toHaveLength(1);
		expect(twins.filter((t) => "twin" in t)).toHaveLength(1);
	});

	it("shows a round another instance added once this instance's copy is 30 s old, and to the sweep at once", async () => {
		const repo = await rounds();
		let now = 1_000_000;
		const clock = () => now;
		const here = createExamService(repo, [], { now: clock });
		const there = createExamService((await store.another()).examRounds, [], {
			now: clock,
		});
		expect(await here.list()).toEqual([]);
		const { id } = await there.add(changeBy("telegram:1"), round("2027-03-20"));
		// The writer sees its own round at once; the other instance after its cache time.
		expect((await there.list()).map((r) => r.id)).toEqual([id]);
		expect(await here.list()).toEqual([]);
		now += 29_999;
		expect(await here.list()).toEqual([]);
		now += 1;
		expect((await here.list()).map((r) => r.id)).toEqual([id]);
		expect(here.known().map((r) => r.id)).toEqual([id]);
		// The sweep reads afresh: a round added a moment ago is planned at the next sweep.
		const next = await there.add(changeBy("telegram:1"), round("2027-04-01"));
		expect((await here.scheduled()).rounds.map((r) => r.id)).toEqual([
			id,
			next.id,
		]);
	});
});
