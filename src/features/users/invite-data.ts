import type { InviteEvent } from "./invites-port.js";

/** A code an admin generated: only its salted hash is stored, never the code. */
export interface GeneratedInvite {
	hash: string;
	salt: string;
	by: string;
	createdAt: string;
	expiresAt: string;
}

/** The invites section of the database. */
export interface InviteData {
	generated?: GeneratedInvite;
	/** Joining is paused until an admin acts. */
	pausedSince?: string;
	/** Every join attempt and admin action, oldest first; the newest 5,000 kept. */
	events: InviteEvent[];
}

export function emptyInviteData(): InviteData {
	return { events: [] };
}
