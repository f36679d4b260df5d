import type { DbData } from "../db.js";
import type { Sql } from "./database.js";
import { examCopier } from "./exam-copy.js";
import { inviteCopier } from "./invite-copy.js";
import { knowledgeLayerCopier } from "./knowledge-layer-copy.js";
import { questionCopier } from "./question-copy.js";
import { reminderCopier } from "./reminder-copy.js";
import { trainingCopier } from "./training-copy.js";

/**
 * How one feature's part of an embedded (lowdb) document is copied into PostgreSQL by
 * `npm run storage -- migrate --to`, and counted on both sides to verify the copy.
 */
export interface DocumentCopier {
	feature: string;
	/** Rows each table should hold after the copy, counted from the document. */
	expected(doc: DbData): Record<string, number>;
	/** Inserts the feature's rows (inside the migration's one transaction). */
	copy(doc: DbData, sql: Sql): Promise<void>;
	/** Rows each table holds now. */
	count(sql: Sql): Promise<Record<string, number>>;
}

/** Every feature's copier, in an order that respects references between tables. */
export const documentCopiers: readonly DocumentCopier[] = [
	questionCopier,
	inviteCopier,
	knowledgeLayerCopier,
	examCopier,
	reminderCopier,
	trainingCopier,
];
