import type { LayerListName } from "../../features/knowledge/layer/layer-repository.js";
import type { DocumentCopier } from "./copy-document.js";
import {
	insertLayerAudit,
	LAYER_TABLES,
	putLayerItems,
} from "./knowledge-layer-repository.js";

const LISTS = Object.keys(LAYER_TABLES) as LayerListName[];

/**
 * Every list of the layer into its table in order, the audit trail, and the state row: the id
 * counters, and the version set to the trail's length (as the lowdb layer counts it).
 */
export const knowledgeLayerCopier: DocumentCopier = {
	feature: "knowledge_layer",
	expected(doc) {
		const out: Record<string, number> = {
			knowledge_layer_audit: doc.knowledgeLayer.audit.length,
		};
		for (const list of LISTS)
			out[LAYER_TABLES[list]] = doc.knowledgeLayer[list].length;
		return out;
	},
	async copy(doc, sql) {
		const layer = doc.knowledgeLayer;
		for (const list of LISTS)
			await putLayerItems(sql, list, layer[list] as never[]);
		await insertLayerAudit(sql, layer.audit);
		await sql.query(
			"UPDATE knowledge_layer_state SET version = $1, next_certificate = $2, next_link = $3, next_faq = $4",
			[
				layer.audit.length,
				layer.nextSeq.certificate,
				layer.nextSeq.link,
				layer.nextSeq.faq,
			],
		);
	},
	async count(sql) {
		const out: Record<string, number> = {};
		for (const table of [
			...LISTS.map((l) => LAYER_TABLES[l]),
			"knowledge_layer_audit",
		]) {
			const { rows } = await sql.query<{ n: number }>(
				`SELECT count(*)::int AS n FROM ${table}`,
			);
			out[table] = rows[0]?.n ?? 0;
		}
		return out;
	},
};
