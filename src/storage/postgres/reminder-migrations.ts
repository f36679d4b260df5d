import type { FeatureMigrations } from "./migrate.js";

/** Subscriptions, paused chats, practice opt-outs and the outbox with its round bookkeeping. */
export const reminderMigrations: FeatureMigrations = {
	feature: "reminders",
	migrations: [
		{
			version: 1,
			name: "subscriptions, pauses, opt-outs, outbox",
			sql: `
CREATE TABLE reminder_subscriptions (
	seq bigserial UNIQUE,
	chat_key text NOT NULL,
	certificate_id text NOT NULL,
	subscribed_by text NOT NULL,
	subscribed_at timestamptz NOT NULL,
	locale text NOT NULL CHECK (locale IN ('zh-CN', 'en')),
	PRIMARY KEY (chat_key, certificate_id)
);
CREATE TABLE reminder_paused_chats (
	chat_key text PRIMARY KEY,
	reason text NOT NULL CHECK (reason IN ('gone', 'blocked')),
	paused_at timestamptz NOT NULL,
	detail text
);
CREATE TABLE reminder_practice_opt_outs (
	seq bigserial UNIQUE,
	teacher_key text PRIMARY KEY
);
CREATE TABLE reminder_outbox (
	key text PRIMARY KEY,
	chat_key text NOT NULL,
	slot timestamptz NOT NULL,
	status text NOT NULL CHECK (status IN ('sending', 'sent', 'retry', 'failed', 'skipped', 'uncertain')),
	attempts integer NOT NULL,
	last_attempt_at timestamptz NOT NULL,
	sent_at timestamptz,
	late boolean NOT NULL DEFAULT false,
	error text,
	round text
);
CREATE INDEX reminder_outbox_round ON reminder_outbox (round);
CREATE INDEX reminder_outbox_slot ON reminder_outbox (slot);
CREATE INDEX reminder_outbox_open ON reminder_outbox (status)
	WHERE status IN ('sending', 'failed', 'uncertain');
CREATE TABLE reminder_open_rounds (
	round text PRIMARY KEY,
	ends timestamptz NOT NULL
);
CREATE TABLE reminder_closed_rounds (
	seq bigserial UNIQUE,
	round text PRIMARY KEY,
	ends timestamptz NOT NULL
);
CREATE TABLE reminder_prune_state (
	only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
	pruned_through timestamptz NOT NULL
);
`,
		},
	],
};
