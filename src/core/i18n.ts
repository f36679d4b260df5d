import { adminLoop } from "./messages/admin-loop.js";
import { common } from "./messages/common.js";
import { discord } from "./messages/discord.js";
import { exams } from "./messages/exams.js";
import { invites } from "./messages/invites.js";
import { knowledge } from "./messages/knowledge.js";
import { knowledgeImport } from "./messages/knowledge-import.js";
import { knowledgeLayer } from "./messages/knowledge-layer.js";
import { knowledgeStatus } from "./messages/knowledge-status.js";
import { majors } from "./messages/majors.js";
import { teacherRecords } from "./messages/teacher-records.js";
import { telegram } from "./messages/telegram.js";
import { telegramLinks } from "./messages/telegram-links.js";
import { training } from "./messages/training.js";
import { understanding } from "./messages/understanding.js";
import { wellFormed } from "./text.js";

export type Locale = "zh-CN" | "en";

const zh = {
	...common.zh,
	...knowledge.zh,
	...training.zh,
	...exams.zh,
	...telegram.zh,
	...telegramLinks.zh,
	...discord.zh,
	...majors.zh,
	...adminLoop.zh,
	...understanding.zh,
	...teacherRecords.zh,
	...invites.zh,
	...knowledgeStatus.zh,
	...knowledgeLayer.zh,
	...knowledgeImport.zh,
};
const en: Record<keyof typeof zh, string> = {
	...common.en,
	...knowledge.en,
	...training.en,
	...exams.en,
	...telegram.en,
	...telegramLinks.en,
	...discord.en,
	...majors.en,
	...adminLoop.en,
	...understanding.en,
	...teacherRecords.en,
	...invites.en,
	...knowledgeStatus.en,
	...knowledgeLayer.en,
	...knowledgeImport.en,
};

export type MessageKey = keyof typeof zh;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const catalogues: Record<Locale, Record<MessageKey, string>> = {
	"zh-CN": zh,
	en,
};

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
			if (value === undefined) return whole;
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
		return value === undefined ? whole : wellFormed(String(value));
	});
}

export function translator(locale: Locale): Translate {
	const catalogue = catalogues[locale];
	return (key, params) => format(catalogue[key], params, locale);
}

/**
 * Maps a platform or system language tag (`zh-hans`, `zh_CN.UTF-8`, `en-US`, `zh-TW`) to a
 * supported locale. Anything not English falls back to Chinese, the bot's first language.
 */
export function resolveLocale(tag: string | undefined | null): Locale {
	if (!tag) return "zh-CN";
	return /^en\b|^en[-_]/i.test(tag.trim()) ? "en" : "zh-CN";
}
