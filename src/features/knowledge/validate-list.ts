import type { z } from "zod";
import { describeRecord, explain, typeOf } from "./describe-issue.js";

/** The valid records of one file, and each one's index in the file as written. */
export interface Checked<T> {
	items: T[];
	indexOf: Map<T, number>;
}

/**
 * Validates every record of `raw` against `schema`, pushing one problem per zod issue with
 * file, record and field. `raw === undefined` (the file was not read) adds no problem.
 */
export function validateList<T>(
	raw: unknown,
	file: string,
	label: string,
	schema: z.ZodType<T>,
	problems: string[],
): Checked<T> {
	const items: T[] = [];
	const indexOf = new Map<T, number>();
	if (raw === undefined) return { items, indexOf };
	if (!Array.isArray(raw)) {
		problems.push(`${label}: expected a list of records, got ${typeOf(raw)}`);
		return { items, indexOf };
	}
	raw.forEach((record: unknown, i) => {
		const result = schema.safeParse(record, { reportInput: true });
		if (result.success) {
			items.push(result.data);
			indexOf.set(result.data, i);
			return;
		}
		const who = describeRecord(file, record, i);
		for (const issue of result.error.issues) {
			const { field, text } = explain(issue);
			problems.push(
				`${label}: record ${who}${field ? `, field "${field}"` : ""}: ${text}`,
			);
		}
	});
	return { items, indexOf };
}
