import { common } from "./messages/common.js";
import { wellFormed } from "./text.js";

export type Locale = "zh-CN" | "en";

type CommonMessages = typeof common.zh;

/**
 * Every message key. The core brings its own framework messages; `src/messages.ts` adds each
 * feature's and adapter's catalogue by declaration merging, so the key type is their union.
 */
export interface Messages extends CommonMessages {}

export type MessageKey = keyof Messages;
/**
 * A parameter that is itself a message, shown in the reader's language when the text is
 * translated: a feature names a thing by key (`messageRef("field.title")`) where it throws,
 * and the translator (not the feature, not the dispatcher) picks the words.
 */
export interface MessageRef {
	readonly message: MessageKey;
}
export const messageRef = (key: MessageKey): MessageRef => ({ message: key });
const isRef = (value: unknown): value is MessageRef =>
	typeof value === "object" && value !== null && "message" in value;

export type ParamValue = string | number | MessageRef;
export type MessageParams = Record<string, ParamValue>;

/**
 * The placeholder names of a message text (its zh-CN literal): `{name}`, and the number of a
 * plural `{n|one|other}`. A text typed only as `string` yields `never` here.
 */
export type PlaceholdersOf<S extends string> =
	S extends `${string}{${infer Body}}${infer Rest}`
		?
				| (Body extends `${infer Name}|${string}` ? Name : Body)
				| PlaceholdersOf<Rest>
		: never;

/** The parameters a message needs: exactly its placeholders, each a string, a number or a message. */
export type ParamsOf<K extends MessageKey> = {
	readonly [P in PlaceholdersOf<Messages[K]>]: ParamValue;
};

/**
 * The parameter list after a key: required and exact for a known key, absent for a text
 * without placeholders; for a choice of keys (`over ? "a" : "b"`) every placeholder of any.
 * A key known only as any `MessageKey` (a `UserError`'s code) takes any params, as it always
 * did; the catalogue test still checks that zh-CN and en name the same placeholders.
 */
export type ParamsArg<K extends MessageKey> = [MessageKey] extends [K]
	? [params?: MessageParams]
	: string extends Messages[K]
		? [params?: MessageParams]
		: [PlaceholdersOf<Messages[K]>] extends [never]
			? [params?: Readonly<Record<string, never>>]
			: [params: ParamsOf<K>];

export type Translate = <K extends MessageKey>(
	key: K,
	...params: ParamsArg<K>
) => string;

const catalogues: Record<Locale, Record<string, string>> = {
	"zh-CN": { ...common.zh },
	en: { ...common.en },
};

/**
 * Adds a catalogue (zh-CN and en with the same keys) to the messages every translator reads;
 * a later catalogue's key replaces an earlier one, as the spread of all catalogues always did.
 */
export function registerMessages(catalogue: {
	zh: Readonly<Record<string, string>>;
	en: Readonly<Record<string, string>>;
}): void {
	Object.assign(catalogues["zh-CN"], catalogue.zh);
	Object.assign(catalogues.en, catalogue.en);
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * Fills `{name}` placeholders; an unknown placeholder stays visible so a missing param is
 * noticed. `{n|date|dates}` picks the word for the number `n` by the locale's plural rules
 * (`Intl.PluralRules`: "1 date", "2 dates"); Chinese text needs no such forms.
 */
export function format(
	template: string,
	params: MessageParams = {},
	locale: Locale = "zh-CN",
): string {
	const withPlurals = template.replace(
		/\{(\w+)\|([^{}|]*)\|([^{}|]*)\}/g,
		(whole, name: string, one: string, other: string) => {
			const value = params[name];
			if (value === undefined || isRef(value)) return whole;
			const n = typeof value === "number" ? value : Number(value);
			if (!Number.isFinite(n)) return other;
			let rules = pluralRules.get(locale);
			if (!rules) {
				rules = new Intl.PluralRules(locale);
				pluralRules.set(locale, rules);
			}
			return rules.select(n) === "one" ? one : other;
		},
	);
	return withPlurals.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		// Values echo what users typed, possibly cut mid-emoji: never pass half a character on.
		return value === undefined || isRef(value)
			? whole
			: wellFormed(String(value));
	});
}

/** Whether `key` names a message (own keys only: `__proto__` is no message). */
export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(catalogues["zh-CN"], key);
}

export function translator(locale: Locale): Translate {
	const catalogue = catalogues[locale];
	const t = (key: MessageKey, params?: MessageParams): string => {
		if (!params || !Object.values(params).some(isRef))
			return format(catalogue[key] as string, params, locale);
		const words: MessageParams = {};
		for (const [name, value] of Object.entries(params))
			words[name] = isRef(value) ? t(value.message) : value;
		return format(catalogue[key] as string, words, locale);
	};
	return t as Translate;
}

/**
 * Maps a platform or system language tag (`zh-hans`, `zh_CN.UTF-8`, `en-US`, `zh-TW`) to a
 * supported locale. Anything not English falls back to Chinese, the bot's first language.
 */
export function resolveLocale(tag: string | undefined | null): Locale {
	if (!tag) return "zh-CN";
	return /^en\b|^en[-_]/i.test(tag.trim()) ? "en" : "zh-CN";
}
