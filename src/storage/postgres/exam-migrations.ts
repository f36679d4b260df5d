import type { FeatureMigrations } from "./migrate.js";

/** Run-time exam rounds (shipped ones stay in knowledge/exams.json). */
export const examMigrations: FeatureMigrations = {
	feature: "exams",
	migrations: [
		{
			version: 1,
			name: "exam rounds and their id counter",
			sql: `
CREATE TABLE exam_rounds (
	id text PRIMARY KEY,
	seq bigint NOT NULL,
	certificate_id text NOT NULL,
	levels text[] NOT NULL,
	register_by date,
	pay_by date,
	exam_date date NOT NULL,
	results_on date,
	site text,
	note text,
	source jsonb NOT NULL,
	added_by text NOT NULL,
	added_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX exam_rounds_twin ON exam_rounds (certificate_id, exam_date, levels);
CREATE TABLE exam_round_counter (
	only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
	next_seq bigint NOT NULL
);
INSERT INTO exam_round_counter (next_seq) VALUES (1);
`,
		},
	],
};
