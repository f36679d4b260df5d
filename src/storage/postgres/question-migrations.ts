import type { FeatureMigrations } from "./migrate.js";

/** The question log: unanswered questions, guessed answers and 有用/没用 presses, for admins. */
export const questionMigrations: FeatureMigrations = {
	feature: "question",
	migrations: [
		{
			version: 1,
			name: "question log: unanswered, guesses, feedback",
			sql: `
CREATE TABLE question_unanswered (
	id bigserial PRIMARY KEY,
	at timestamptz NOT NULL,
	user_key text NOT NULL,
	text text NOT NULL,
	handled_at timestamptz
);
CREATE INDEX question_unanswered_open ON question_unanswered (at) WHERE handled_at IS NULL;
CREATE TABLE question_guesses (
	id bigserial PRIMARY KEY,
	at timestamptz NOT NULL,
	user_key text NOT NULL,
	text text NOT NULL,
	kind text NOT NULL CHECK (kind IN ('suggestions', 'low-score', 'fallback')),
	score double precision NOT NULL,
	shown text[] NOT NULL,
	handled_at timestamptz
);
CREATE INDEX question_guesses_open ON question_guesses (at) WHERE handled_at IS NULL;
CREATE TABLE question_feedback (
	id bigserial PRIMARY KEY,
	at timestamptz NOT NULL,
	user_key text NOT NULL,
	text text NOT NULL,
	useful boolean NOT NULL,
	shown text,
	handled_at timestamptz
);
CREATE INDEX question_feedback_open ON question_feedback (at) WHERE handled_at IS NULL;
`,
		},
	],
};
