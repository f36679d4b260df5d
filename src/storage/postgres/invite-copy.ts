import type { DocumentCopier } from "./copy-document.js";
import { insertInviteEvents, writeInviteState } from "./invite-repository.js";

/** The generated code and pause into the state row, the join audit trail in its order. */
export const inviteCopier: DocumentCopier = {
	feature: "invite",
	expected: (doc) => ({ invite_events: doc.invites.events.length }),
	async copy(doc, sql) {
		const { generated, pausedSince } = doc.invites;
		await writeInviteState(sql, {
			...(generated ? { generated } : {}),
			...(pausedSince ? { pausedSince } : {}),
		});
		await insertInviteEvents(sql, doc.invites.events);
	},
	async count(sql) {
		const { rows } = await sql.query<{ n: number }>(
			"SELECT count(*)::int AS n FROM invite_events",
		);
		return { invite_events: rows[0]?.n ?? 0 };
	},
};
