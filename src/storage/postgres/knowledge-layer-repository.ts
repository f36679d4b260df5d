import type {
	LayerAuditEntry,
	LayerRecords,
} from "../../features/knowledge/layer/data.js";
import {
	type KnowledgeLayerRepository,
	type LayerEdit,
	type LayerListName,
	type LayerLists,
	layerKeys,
} from "../../features/knowledge/layer/layer-repository.js";
import type { PgDatabase, Sql } from "./database.js";

export const LAYER_TABLES: Record<LayerListName, string> = {
	certificates: "knowledge_layer_certificates",
	certificatePatches: "knowledge_layer_certificate_patches",
	links: "knowledge_layer_links",
	removedLinks: "knowledge_layer_removed_links",
	faq: "knowledge_layer_faq",
	faqPatches: "knowledge_layer_faq_patches",
};

const LISTS = Object.keys(LAYER_TABLES) as LayerListName[];

/** The advisory lock every change of the layer takes, across instances. */
const LOCK = "knowledge_layer";
/** Rows per statement, so a 50,000-row import is a few dozen statements. */
const CHUNK = 2000;

/** Upserts items into their list's table, new ones appended in the given order. */
export async function putLayerItems<L extends LayerListName>(
	sql: Sql,
	list: L,
	values: readonly LayerLists[L][],
): Promise<void> {
	for (let i = 0; i < values.length; i += CHUNK) {
		const chunk = values.slice(i, i + CHUNK);
		await sql.query(
			`INSERT INTO ${LAYER_TABLES[list]} (key, item, by_key, at)
			SELECT k, i, b, a FROM unnest($1::text[], $2::json[], $3::text[], $4::timestamptz[])
				WITH ORDINALITY AS u(k, i, b, a, n) ORDER BY n
			ON CONFLICT (key) DO UPDATE SET item = excluded.item, by_key = excluded.by_key, at = excluded.at`,
			[
				chunk.map((v) => layerKeys[list](v)),
				chunk.map((v) => JSON.stringify(v)),
				chunk.map((v) => v.by),
				chunk.map((v) => v.at),
			],
		);
	}
}

/** Inserts audit entries (also used by the document copy). */
export async function insertLayerAudit(
	sql: Sql,
	entries: readonly LayerAuditEntry[],
): Promise<void> {
	for (let i = 0; i < entries.length; i += CHUNK) {
		const chunk = entries.slice(i, i + CHUNK);
		await sql.query(
			`INSERT INTO knowledge_layer_audit (at, by_key, action, target, source, detail)
			SELECT a, b, c, t, s, d FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
				WITH ORDINALITY AS u(a, b, c, t, s, d, n) ORDER BY n`,
			[
				chunk.map((e) => e.at),
				chunk.map((e) => e.by),
				chunk.map((e) => e.action),
				chunk.map((e) => e.target),
				chunk.map((e) => e.source),
				chunk.map((e) => e.detail ?? null),
			],
		);
	}
}

/** The last edit of each key wins; deletes run before puts. */
function fold(edits: readonly LayerEdit[]) {
	const byList = new Map<LayerListName, Map<string, LayerEdit>>();
	let nextSeq: LayerRecords["nextSeq"] | undefined;
	for (const e of edits) {
		if (e.op === "next-seq") {
			nextSeq = e.value;
			continue;
		}
		const key = e.op === "put" ? layerKeys[e.list](e.value as never) : e.key;
		let list = byList.get(e.list);
		if (!list) {
			list = new Map();
			byList.set(e.list, list);
		}
		list.delete(key);
		list.set(key, e);
	}
	return { byList, nextSeq };
}

interface StateRow {
	version: string;
	next_certificate: number;
	next_link: number;
	next_faq: number;
}

/**
 * The knowledge layer in PostgreSQL: one table per list, the audit trail, and a state row
 * whose version every commit checks and bumps under one advisory lock, so a change checked
 * against an outdated copy is refused rather than applied over another instance's change.
 */
export function postgresKnowledgeLayerRepository(
	db: PgDatabase,
): KnowledgeLayerRepository {
	return {
		load: () =>
			db.transaction(async (sql) => {
				// One snapshot of every table: REPEATABLE READ within this transaction.
				await sql.query(
					"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY",
				);
				const { rows } = await sql.query<StateRow>(
					"SELECT version::text, next_certificate, next_link, next_faq FROM knowledge_layer_state",
				);
				const state = rows[0];
				if (!state) throw new Error("knowledge_layer_state has no row");
				const records = {
					nextSeq: {
						certificate: state.next_certificate,
						link: state.next_link,
						faq: state.next_faq,
					},
				} as LayerRecords;
				for (const list of LISTS) {
					const r = await sql.query<{ item: never }>(
						`SELECT item FROM ${LAYER_TABLES[list]} ORDER BY seq`,
					);
					(records as unknown as Record<string, unknown[]>)[list] = r.rows.map(
						(row) => row.item,
					);
				}
				return { records, version: Number(state.version) };
			}),
		async version() {
			const { rows } = await db.query<{ version: string }>(
				"SELECT version::text FROM knowledge_layer_state",
			);
			return Number(rows[0]?.version ?? 0);
		},
		commit: (base, edits, audit) =>
			db.transaction(
				async (sql) => {
					const { rows } = await sql.query<{ version: string }>(
						"SELECT version::text FROM knowledge_layer_state FOR UPDATE",
					);
					if (Number(rows[0]?.version) !== base) return undefined;
					const { byList, nextSeq } = fold(edits);
					for (const [list, keyed] of byList) {
						const all = [...keyed.values()];
						const gone = all.flatMap((e) => (e.op === "delete" ? [e.key] : []));
						if (gone.length > 0)
							await sql.query(
								`DELETE FROM ${LAYER_TABLES[list]} WHERE key = ANY($1::text[])`,
								[gone],
							);
						const put = all.flatMap((e) => (e.op === "put" ? [e.value] : []));
						await putLayerItems(sql, list, put as never[]);
					}
					await insertLayerAudit(sql, [audit]);
					await sql.query(
						`UPDATE knowledge_layer_state SET version = version + 1${
							nextSeq
								? ", next_certificate = $1, next_link = $2, next_faq = $3"
								: ""
						}`,
						nextSeq ? [nextSeq.certificate, nextSeq.link, nextSeq.faq] : [],
					);
					return base + 1;
				},
				{ lock: LOCK },
			),
		async recentChanges(limit) {
			if (limit <= 0) return [];
			const { rows } = await db.query<{
				at: Date;
				by_key: string;
				action: LayerAuditEntry["action"];
				target: string;
				source: string;
				detail: string | null;
			}>(
				"SELECT at, by_key, action, target, source, detail FROM knowledge_layer_audit ORDER BY id DESC LIMIT $1",
				[limit],
			);
			return rows.map((r) => ({
				at: r.at.toISOString(),
				by: r.by_key,
				action: r.action,
				target: r.target,
				source: r.source,
				...(r.detail === null ? {} : { detail: r.detail }),
			}));
		},
	};
}
