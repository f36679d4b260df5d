import {
	burstIn,
	type InviteRepository,
} from "../../features/users/invite-repository.js";
import type { InviteEvent } from "../../features/users/invites-port.js";
import type { DbData } from "../db.js";
import type { DocChange } from "../document-change.js";
import type { Store } from "../store.js";

/** The join audit trail keeps its newest 5,000 events in the document. */
const EVENTS_KEPT = 5000;

/**
 * Invites over the document's `invites` section. An attempt reads, judges and applies in one
 * tick, so a request arriving while the write is on its way already sees a pause. Counts walk
 * the trail back from its newest end and stop at the window.
 */
export function lowdbInviteRepository(store: Store<DbData>): InviteRepository {
	const data = () => store.data.invites;

	function recorded(events: readonly InviteEvent[]): DocChange[] {
		const path = ["invites", "events"];
		const changes: DocChange[] = events.map((value) => ({
			op: "push",
			path,
			value,
		}));
		const extra = data().events.length + events.length - EVENTS_KEPT;
		if (extra > 0) changes.push({ op: "splice", path, index: 0, count: extra });
		return changes;
	}

	return {
		async state() {
			const { generated, pausedSince } = data();
			return {
				...(generated ? { generated: { ...generated } } : {}),
				...(pausedSince ? { pausedSince } : {}),
			};
		},
		async attempt(attempt) {
			const verdict = attempt.judge({
				...(data().generated ? { generated: data().generated } : {}),
				...(data().pausedSince ? { pausedSince: data().pausedSince } : {}),
			});
			if (verdict === "disabled") return { verdict };
			const { by, at } = attempt;
			const action =
				verdict === "ok"
					? "joined"
					: verdict === "paused"
						? "refused-paused"
						: verdict;
			const event: InviteEvent = { at, by, action };
			if (verdict !== "wrong" && verdict !== "expired") {
				await store.apply(recorded([event]));
				return { verdict };
			}
			const burst = burstIn([...data().events, event], at, attempt.burst);
			if (!burst) {
				await store.apply(recorded([event]));
				return { verdict };
			}
			const changes = recorded([
				event,
				{ at, by: "system", action: "paused", ...burst },
			]);
			if (!data().pausedSince)
				changes.push({
					op: "set",
					path: ["invites", "pausedSince"],
					value: at,
				});
			await store.apply(changes);
			return { verdict, burst };
		},
		async replaceCode(generated, event) {
			const changes: DocChange[] = [
				{ op: "set", path: ["invites", "generated"], value: generated },
			];
			if (data().pausedSince)
				changes.push({ op: "delete", path: ["invites", "pausedSince"] });
			await store.apply([...changes, ...recorded([event])]);
		},
		async resume(event) {
			if (!data().pausedSince) return false;
			await store.apply([
				{ op: "delete", path: ["invites", "pausedSince"] },
				...recorded([event]),
			]);
			return true;
		},
		async failuresSince(since) {
			const events = data().events;
			let n = 0;
			for (let i = events.length - 1; i >= 0; i--) {
				const e = events[i] as InviteEvent;
				if (e.at < since) break;
				if (e.action === "wrong" || e.action === "expired") n++;
			}
			return n;
		},
		async recentEvents(limit) {
			if (limit <= 0) return [];
			return data()
				.events.slice(-limit)
				.reverse()
				.map((e) => ({ ...e }));
		},
	};
}
