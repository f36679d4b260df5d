import type { FeatureMigrations } from "./migrate.js";

/** Invite codes: the one state row (generated code, pause) and the join audit trail. */
export const inviteMigrations: FeatureMigrations = {
	feature: "invite",
	migrations: [
		{
			version: 1,
			name: "invite state and events",
			sql: `
CREATE TABLE invite_state (
	id boolean PRIMARY KEY DEFAULT true CHECK (id),
	code_hash text,
	code_salt text,
	code_by text,
	code_created_at timestamptz,
	code_expires_at timestamptz,
	paused_since timestamptz
);
INSERT INTO invite_state (id) VALUES (true);
CREATE TABLE invite_events (
	id bigserial PRIMARY KEY,
	at timestamptz NOT NULL,
	by_key text NOT NULL,
	action text NOT NULL CHECK (action IN ('joined', 'wrong', 'expired', 'waiting', 'refused-paused', 'paused', 'new-code', 'resumed')),
	failures integer,
	users integer
);
CREATE INDEX invite_events_at ON invite_events (at);
CREATE INDEX invite_events_failures ON invite_events (at) WHERE action IN ('wrong', 'expired');
CREATE INDEX invite_events_pauses ON invite_events (id) WHERE action = 'paused';
`,
		},
	],
};
