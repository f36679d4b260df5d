import type { ArgSpec } from "./command.js";
import { parseDate } from "./dates.js";
import type { MessageKey, MessageParams, ParamsArg } from "./i18n.js";

/** A parser's answer: a value, or the catalogue key of what was wrong (Sapphire style). */
export type ArgResult<T> =
	| { ok: true; value: T }
	| { ok: false; code: MessageKey; params: MessageParams };

const fail = <T, K extends MessageKey = MessageKey>(
	code: K,
	...[params]: ParamsArg<K>
): ArgResult<T> => ({
	ok: false,
	code,
	params: (params ?? {}) as MessageParams,
});

function parseNumber(spec: ArgSpec, raw: string): ArgResult<number> {
	const s = raw.normalize("NFKC").trim();
	if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s))
		return fail("errors.args_not_number", { value: raw, arg: spec.name });
	const value = Number(s);
	if (spec.type === "integer" && !Number.isInteger(value))
		return fail("errors.args_not_integer", { value: raw, arg: spec.name });
	if (spec.min !== undefined && value < spec.min)
		return fail("errors.args_too_small", {
			value: raw,
			arg: spec.name,
			min: spec.min,
		});
	if (spec.max !== undefined && value > spec.max)
		return fail("errors.args_too_large", {
			value: raw,
			arg: spec.name,
			max: spec.max,
		});
	return { ok: true, value };
}

/** Converts one raw argument to its declared type. `today` anchors relative dates. */
export function parseArg(
	spec: ArgSpec,
	raw: string,
	today: string,
): ArgResult<string | number> {
	switch (spec.type) {
		case "number":
		case "integer":
			return parseNumber(spec, raw);
		case "date": {
			const date = parseDate(raw, today, spec.year ?? "past");
			return date.ok
				? date
				: fail("errors.args_not_date", { value: raw, arg: spec.name });
		}
		case "choice": {
			const wanted = raw.trim().toLowerCase();
			const found = spec.choices?.find((c) => c.toLowerCase() === wanted);
			return found
				? { ok: true, value: found }
				: fail("errors.args_not_choice", {
						value: raw,
						arg: spec.name,
						choices: (spec.choices ?? []).join(" / "),
					});
		}
		default:
			return { ok: true, value: raw.trim() };
	}
}
