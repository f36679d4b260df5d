import { emptyKnowledgeLayer } from "../knowledge/layer/data.js";
import { emptyInviteData } from "../users/invite-data.js";
import { StorageError } from "./storage-error.js";

/** Upgrades a document from `from` to `from + 1`; pure, works on parsed JSON. */
export interface Migration {
	readonly from: number;
	migrate(doc: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Every shape change since schema 1, oldest first; a change to `DbData` adds an entry here
 * and bumps `SCHEMA_VERSION`.
 *
 * 1 → 2: new sections `guesses`, `feedback` (answers for admins to review), `knowledgeLayer`
 * (records admins add over the shipped files) and `invites` (join attempts, generated code,
 * pause), each empty at first. Fields added at the same time are optional (`handledAt` on an
 * unanswered question, `round` on an outbox record, `openRounds` / `closedRounds` /
 * `prunedThrough` of the reminders, the audit action `restore`), so existing records stay as
 * they are. A build of schema 1 refuses the upgraded file as newer instead of misreading it.
 */
export const migrations: readonly Migration[] = [
	{
		from: 1,
		migrate: (doc) => ({
			guesses: [],
			feedback: [],
			knowledgeLayer: emptyKnowledgeLayer(),
			invites: emptyInviteData(),
			...doc,
		}),
	},
];

/**
 * Brings `doc` to `target`. A newer file than this build understands, a missing or
 * malformed `schemaVersion`, or a gap in the migrations is a `StorageError`: guessing
 * would risk writing a document the newer build can no longer read.
 */
export function migrate(
	file: string,
	doc: Record<string, unknown>,
	target: number,
	steps: readonly Migration[] = migrations,
): { doc: Record<string, unknown>; from: number } {
	const version = doc.schemaVersion;
	if (typeof version !== "number" || !Number.isInteger(version) || version < 1)
		throw new StorageError(
			file,
			`${file} has no valid "schemaVersion" (found ${JSON.stringify(version)}), so it is not a database this bot wrote. It was left untouched: restore a backup or move the file away, then start again.`,
		);
	if (version > target)
		throw new StorageError(
			file,
			`${file} was written by a newer version of the bot (schema ${version}; this version reads up to ${target}). It was left untouched: upgrade the bot, or restore a backup made by this version, then start again.`,
		);
	let current = doc;
	for (let v = version; v < target; v++) {
		const step = steps.find((s) => s.from === v);
		if (!step)
			throw new StorageError(
				file,
				`${file} has schema ${v} and this version has no migration from it to ${v + 1}. It was left untouched: use a bot version that can upgrade it.`,
			);
		current = { ...step.migrate(current), schemaVersion: v + 1 };
	}
	return { doc: current, from: version };
}
