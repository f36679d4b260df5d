import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UserError } from "../../../src/core/errors.js";
import { createInviteService } from "../../../src/features/users/invites.js";
import { type OpenedStorage, storageKinds } from "../../helpers/both-stores.js";
import { changeBy } from "../../helpers/change.js";

const now = new Date("2026-11-28T02:00:00Z");
const as = (key: string, ms = 0) =>
	changeBy(
		key,
		new Date(now.getTime() + ms),
		key.startsWith("console") ? "admin" : "student",
	);

describe.each(storageKinds)(
	"invite codes across instances on $name",
	(kind) => {
		let opened: OpenedStorage;
		beforeEach(async () => {
			opened = await kind.open();
		});
		afterEach(async () => {
			await opened.close();
		});

		// Which refusal each one is shows in the trail at the end (a disabled join records nothing).
		it("a code generated on one instance admits on another, and a pause made on one holds on the other", async () => {
			const a = createInviteService({
				repository: opened.repositories.invites,
			});
			const b = createInviteService({
				repository: opened.other().invites,
				brakes: { burstFailures: 3 },
			});
			await expect(
				b.admit(as("telegram:1"), "ANYTHING"),
			).rejects.toBeInstanceOf(UserError);
			expect((await a.status(now)).recent).toEqual([]);
			const { code } = await a.newCode(as("console:admin"));
			await b.admit(as("telegram:1", 1000), code.toLowerCase());
			expect((await a.status(now)).generatedUntil).toBeDefined();

			for (const [i, user] of [
				"telegram:2",
				"telegram:3",
				"telegram:4",
			].entries())
				await expect(
					b.admit(as(user, 2000 + i), "WRONG"),
				).rejects.toBeInstanceOf(UserError);
			// The right code is refused unchecked on the other instance too.
			await expect(
				a.admit(as("telegram:5", 3000), code),
			).rejects.toBeInstanceOf(UserError);
			const status = await a.status(new Date(now.getTime() + 4000));
			expect(status.pausedSince).toBe(
				new Date(now.getTime() + 2002).toISOString(),
			);
			expect(status.failuresToday).toBe(3);
			expect(status.recent.map((e) => e.action)).toEqual([
				"refused-paused",
				"paused",
				"wrong",
				"wrong",
				"wrong",
				"joined",
				"new-code",
			]);
			expect(await b.resume(as("console:admin", 5000))).toBe(true);
			await a.admit(as("telegram:5", 6000), code);
		});
	},
);
