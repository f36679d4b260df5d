/**
 * Pieces every stored section that holds knowledge shares (exam rounds, the knowledge layer):
 * structure only, strict, proved equal to the core types.
 */
import { z } from "zod";
import type { CertLevel, Source } from "../../core/knowledge-port.js";

export const certLevelSchema = z.enum(["初级", "中级", "高级"]);

export const sourceSchema = z.strictObject({
	title: z.string(),
	url: z.string().optional(),
	repo: z.string().optional(),
	path: z.string().optional(),
	trust: z.enum(["high", "medium", "low"]),
	note: z.string().optional(),
});

/** `true` only when `A` and `B` are the same type; used for compile-time schema proofs. */
export type Same<A, B> = [A] extends [B]
	? [B] extends [A]
		? true
		: false
	: false;

const sameShape: [
	Same<z.infer<typeof certLevelSchema>, CertLevel>,
	Same<z.infer<typeof sourceSchema>, Source>,
] = [true, true];
void sameShape;
