import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type {
	InviteAttempt,
	InviteState,
	InviteVerdict,
} from "../../src/features/users/invite-repository.js";
import { type OpenedStorage, storageKinds } from "../helpers/both-stores.js";

const t = (second: number) =>
	new Date(Date.UTC(2026, 10, 28, 2, 0, second)).toISOString();

const rule = { failures: 5, windowMs: 60_000 };

/** An attempt judged as a code check would: refused while paused, otherwise `verdict`. */
function attempt(
	by: string,
	at: string,
	verdict: InviteVerdict,
	seen?: InviteState[],
): InviteAttempt {
	return {
		by,
		at,
		burst: rule,
		judge(state) {
			seen?.push(state);
			return state.pausedSince ? "paused" : verdict;
		},
	};
}

const code = {
	hash: "h",
	salt: "s",
	by: "console:admin",
	createdAt: t(0),
	expiresAt: "2026-12-05T02:00:00.000Z",
};

describe.each(storageKinds)("invites on $name", (kind) => {
	let opened: OpenedStorage;
	beforeEach(async () => {
		opened = await kind.open();
	});
	afterEach(async () => {
		await opened.close();
	});
	const repo = () => opened.repositories.invites;

	it("starts with no code and no pause, and keeps a new code with its event", async () => {
		expect(await repo().state()).toEqual({});
		await repo().replaceCode(code, {
			at: t(0),
			by: "console:admin",
			action: "new-code",
		});
		expect(await repo().state()).toEqual({ generated: code });
		expect(await repo().recentEvents(5)).toEqual([
			{ at: t(0), by: "console:admin", action: "new-code" },
		]);
	});

	it("records each verdict as its event, and nothing for a disabled join", async () => {
		const seen: InviteState[] = [];
		expect(
			await repo().attempt(attempt("telegram:1", t(1), "disabled", seen)),
		).toEqual({ verdict: "disabled" });
		expect(seen).toEqual([{}]);
		for (const [i, verdict] of (
			["ok", "waiting", "wrong", "expired"] as const
		).entries())
			expect(
				(await repo().attempt(attempt("telegram:1", t(2 + i), verdict)))
					.verdict,
			).toBe(verdict);
		expect((await repo().recentEvents(10)).map((e) => e.action)).toEqual([
			"expired",
			"wrong",
			"waiting",
			"joined",
		]);
		expect(await repo().failuresSince(t(0))).toBe(2);
		expect(await repo().failuresSince(t(5))).toBe(1);
		expect(await repo().recentEvents(1)).toEqual([
			{ at: t(5), by: "telegram:1", action: "expired" },
		]);
	});

	it("pauses at the burst's last wrong code within the window, counting users, and refuses from then on", async () => {
		// Two wrong codes long before the window do not count.
		await repo().attempt(attempt("telegram:9", t(0), "wrong"));
		await repo().attempt(attempt("telegram:9", t(1), "wrong"));
		const later = (s: number) => t(120 + s);
		for (let i = 0; i < 4; i++) {
			const r = await repo().attempt(
				attempt(`telegram:${i % 2}`, later(i), "wrong"),
			);
			expect(r).toEqual({ verdict: "wrong" });
		}
		const fifth = await repo().attempt(
			attempt("telegram:7", later(4), "expired"),
		);
		expect(fifth).toEqual({
			verdict: "expired",
			burst: { failures: 5, users: 3 },
		});
		expect(await repo().state()).toEqual({ pausedSince: later(4) });
		expect((await repo().recentEvents(2))[0]).toEqual({
			at: later(4),
			by: "system",
			action: "paused",
			failures: 5,
			users: 3,
		});
		expect(
			(await repo().attempt(attempt("telegram:1", later(5), "ok"))).verdict,
		).toBe("paused");
		expect((await repo().recentEvents(1))[0]?.action).toBe("refused-paused");

		// After a resume, the wrong codes before the pause no longer count.
		expect(
			await repo().resume({
				at: later(6),
				by: "console:admin",
				action: "resumed",
			}),
		).toBe(true);
		expect(
			await repo().resume({
				at: later(7),
				by: "console:admin",
				action: "resumed",
			}),
		).toBe(false);
		expect(await repo().state()).toEqual({});
		const again = await repo().attempt(
			attempt("telegram:1", later(8), "wrong"),
		);
		expect(again).toEqual({ verdict: "wrong" });
		expect(
			(await repo().recentEvents(20)).filter((e) => e.action === "resumed"),
		).toHaveLength(1);
	});

	it("a new code lifts a pause", async () => {
		for (let i = 0; i < 5; i++)
			await repo().attempt(attempt("telegram:1", t(i), "wrong"));
		expect((await repo().state()).pausedSince).toBe(t(4));
		await repo().replaceCode(code, {
			at: t(10),
			by: "console:admin",
			action: "new-code",
		});
		expect(await repo().state()).toEqual({ generated: code });
	});

	it("counts a burst spread over two instances once: the attempts after it are refused unchecked", async () => {
		const a = repo();
		const b = opened.other().invites;
		const results = await Promise.all(
			Array.from({ length: 16 }, (_, i) =>
				(i % 2 === 0 ? a : b).attempt(attempt(`telegram:${i}`, t(10), "wrong")),
			),
		);
		const verdicts = results.map((r) => r.verdict);
		expect(verdicts.filter((v) => v === "wrong")).toHaveLength(5);
		expect(verdicts.filter((v) => v === "paused")).toHaveLength(11);
		expect(results.filter((r) => r.burst)).toHaveLength(1);
		const events = await a.recentEvents(100);
		expect(events.filter((e) => e.action === "paused")).toEqual([
			{ at: t(10), by: "system", action: "paused", failures: 5, users: 5 },
		]);
		expect(events.filter((e) => e.action === "wrong")).toHaveLength(5);
	});
});
