/**
 * The `knowledgeLayer` section of the database (see `knowledge/layer/data.ts`), checked like
 * every other section: structure only, strict, proved equal to the types at compile time.
 */
import { z } from "zod";
import type {
	Certificate,
	FaqEntry,
	MajorLink,
} from "../../core/knowledge-port.js";
import type {
	KnowledgeLayerData,
	LayerAuditEntry,
} from "../knowledge/layer/data.js";
import { certLevelSchema, type Same, sourceSchema } from "./source-schema.js";

const stamp = { by: z.string(), at: z.string() };

const kindSchema = z.enum(["x", "skill-level", "other"]);
const certificateSchema = z.strictObject({
	id: z.string(),
	name: z.string(),
	kind: kindSchema,
	aliases: z.array(z.string()),
	organisation: z.string().nullable(),
	organisations: z.array(z.string()),
	levels: z.array(certLevelSchema),
	description: z.string().nullable(),
	batch: z.number().nullable(),
	sources: z.array(sourceSchema),
});

const linkSchema = z.strictObject({
	certificateId: z.string(),
	majorName: z.string(),
	majorCodes: z.array(z.string()),
	kind: z.enum(["official", "description", "school", "article"]),
	evidence: z.string(),
	source: sourceSchema,
});

const faqSchema = z.strictObject({
	id: z.string(),
	question: z.string(),
	variants: z.array(z.string()),
	answer: z.string(),
	askWhere: z.string().optional(),
	confidence: z.enum(["high", "medium", "low"]),
	verified: z.string(),
	sources: z.array(sourceSchema),
});

const auditSchema = z.strictObject({
	...stamp,
	action: z.enum(["add", "edit", "remove", "import"]),
	target: z.string(),
	source: z.string(),
	detail: z.string().optional(),
});

export const knowledgeLayerSchema = z.strictObject({
	certificates: z.array(
		z.strictObject({ ...stamp, record: certificateSchema }),
	),
	certificatePatches: z.array(
		z.strictObject({
			...stamp,
			id: z.string(),
			set: z.strictObject({
				name: z.string().optional(),
				kind: kindSchema.optional(),
				aliases: z.array(z.string()).optional(),
				organisation: z.string().nullable().optional(),
				organisations: z.array(z.string()).optional(),
				levels: z.array(certLevelSchema).optional(),
				description: z.string().nullable().optional(),
			}),
			addSources: z.array(sourceSchema),
			removed: z.boolean().optional(),
		}),
	),
	links: z.array(
		z.strictObject({ ...stamp, id: z.string(), link: linkSchema }),
	),
	removedLinks: z.array(
		z.strictObject({
			...stamp,
			certificateId: z.string(),
			majorCode: z.string(),
			reason: z.string(),
		}),
	),
	faq: z.array(z.strictObject({ ...stamp, entry: faqSchema })),
	faqPatches: z.array(
		z.strictObject({
			...stamp,
			id: z.string(),
			set: z.strictObject({
				question: z.string().optional(),
				answer: z.string().optional(),
				variants: z.array(z.string()).optional(),
				askWhere: z.string().optional(),
			}),
			addSources: z.array(sourceSchema),
			removed: z.boolean().optional(),
		}),
	),
	audit: z.array(auditSchema),
	nextSeq: z.strictObject({
		certificate: z.number(),
		link: z.number(),
		faq: z.number(),
	}),
});

// Compile-time proof that the schemas and the types agree both ways.
const sameShape: [
	Same<z.infer<typeof certificateSchema>, Certificate>,
	Same<z.infer<typeof linkSchema>, MajorLink>,
	Same<z.infer<typeof faqSchema>, FaqEntry>,
	Same<z.infer<typeof auditSchema>, LayerAuditEntry>,
	Same<z.infer<typeof knowledgeLayerSchema>, KnowledgeLayerData>,
] = [true, true, true, true, true];
void sameShape;
