import type { FeatureMigrations } from "./migrate.js";

/** One table of layer items: the item's key, its place in the list, the item, who and when. */
const items = (table: string) => `
CREATE TABLE ${table} (
	key text PRIMARY KEY,
	seq bigserial NOT NULL,
	item json NOT NULL,
	by_key text NOT NULL,
	at timestamptz NOT NULL
);
CREATE INDEX ${table}_seq ON ${table} (seq);`;

/**
 * The knowledge layer. Items are whole knowledge records (the shape the shipped files have,
 * checked by the knowledge schema) kept as `json` (text kept as written, keys in order), one
 * row per record; the layer is read whole and never queried by field. The state row carries
 * the version every change bumps, which is how another instance notices a change.
 */
export const knowledgeLayerMigrations: FeatureMigrations = {
	feature: "knowledge_layer",
	migrations: [
		{
			version: 1,
			name: "knowledge layer records, audit trail and version",
			sql: `
CREATE TABLE knowledge_layer_state (
	id boolean PRIMARY KEY DEFAULT true CHECK (id),
	version bigint NOT NULL,
	next_certificate integer NOT NULL,
	next_link integer NOT NULL,
	next_faq integer NOT NULL
);
INSERT INTO knowledge_layer_state (version, next_certificate, next_link, next_faq) VALUES (0, 1, 1, 1);
${items("knowledge_layer_certificates")}
${items("knowledge_layer_certificate_patches")}
${items("knowledge_layer_links")}
${items("knowledge_layer_removed_links")}
${items("knowledge_layer_faq")}
${items("knowledge_layer_faq_patches")}
CREATE TABLE knowledge_layer_audit (
	id bigserial PRIMARY KEY,
	at timestamptz NOT NULL,
	by_key text NOT NULL,
	action text NOT NULL CHECK (action IN ('add', 'edit', 'remove', 'import')),
	target text NOT NULL,
	source text NOT NULL,
	detail text
);
`,
		},
	],
};
