import type { FeatureMigrations } from "./migrate.js";

/**
 * The training feature's tables: records (one row per training or practice record, ids from a
 * sequence that never hands out one twice), the append-only audit trail, teachers' profiles and
 * granted roles.
 */
export const trainingMigrations: FeatureMigrations = {
	feature: "training",
	migrations: [
		{
			version: 1,
			name: "training records, audit trail, profiles and roles",
			sql: `
CREATE SEQUENCE training_record_ids AS bigint START 1;
CREATE TABLE training_records (
	id bigint PRIMARY KEY,
	owner text NOT NULL,
	kind text NOT NULL CHECK (kind IN ('training', 'practice')),
	-- training: one date, hours and a title
	date date,
	hours double precision,
	title text,
	-- practice: a period at an enterprise
	start_date date,
	end_date date,
	enterprise text,
	note text,
	created_at timestamptz NOT NULL,
	updated_at timestamptz,
	-- the order records were saved in (a restored record comes back at the end)
	saved bigserial NOT NULL,
	CHECK (kind <> 'training' OR (date IS NOT NULL AND hours IS NOT NULL AND title IS NOT NULL)),
	CHECK (kind <> 'practice' OR (start_date IS NOT NULL AND end_date IS NOT NULL AND enterprise IS NOT NULL))
);
CREATE INDEX training_records_owner ON training_records (owner, saved);
CREATE INDEX training_records_saved ON training_records (saved);

CREATE TABLE training_audit (
	seq bigserial PRIMARY KEY,
	at timestamptz NOT NULL,
	by_key text NOT NULL,
	action text NOT NULL CHECK (action IN ('create', 'edit', 'delete', 'restore', 'join', 'grant', 'revoke', 'profile')),
	target text NOT NULL,
	owner text,
	changes jsonb,
	before jsonb,
	reason text
);
CREATE INDEX training_audit_target ON training_audit (target, seq);
CREATE INDEX training_audit_deleted_by ON training_audit (by_key, at) WHERE action = 'delete';
CREATE INDEX training_audit_deleted_of ON training_audit (owner, at) WHERE action = 'delete';

CREATE TABLE training_profiles (
	key text PRIMARY KEY,
	name text,
	department text,
	period_start date,
	professional boolean
);

CREATE TABLE training_roles (
	key text PRIMARY KEY,
	role text NOT NULL CHECK (role = 'teacher')
);
`,
		},
	],
};
