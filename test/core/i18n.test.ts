import { describe, expect, it } from "vitest";
import { discord } from "../../src/adapters/discord/messages.js";
import { telegram } from "../../src/adapters/telegram/messages/telegram.js";
import { telegramLinks } from "../../src/adapters/telegram/messages/telegram-links.js";
import { botMessages } from "../../src/bot-messages.js";
import { format, resolveLocale, translator } from "../../src/core/i18n.js";
import { common } from "../../src/core/messages/common.js";
import { exams } from "../../src/features/exams/messages.js";
import { adminLoop } from "../../src/features/knowledge/messages/admin-loop.js";
import { kbLogMessages } from "../../src/features/knowledge/messages/kb-log.js";
import { knowledge } from "../../src/features/knowledge/messages/knowledge.js";
import { knowledgeImport } from "../../src/features/knowledge/messages/knowledge-import.js";
import { knowledgeLayer } from "../../src/features/knowledge/messages/knowledge-layer.js";
import { knowledgeScript } from "../../src/features/knowledge/messages/knowledge-script.js";
import { knowledgeStatus } from "../../src/features/knowledge/messages/knowledge-status.js";
import { majors } from "../../src/features/knowledge/messages/majors.js";
import { understanding } from "../../src/features/knowledge/messages/understanding.js";
import { teacherRecords } from "../../src/features/training/messages/teacher-records.js";
import { training } from "../../src/features/training/messages/training.js";
import { weeklyUse } from "../../src/features/training/messages/weekly-use.js";
import { invites } from "../../src/features/users/messages.js";

const catalogues = {
	common,
	knowledge,
	training,
	exams,
	telegram,
	discord,
	majors,
	adminLoop,
	telegramLinks,
	botMessages,
	kbLogMessages,
	knowledgeImport,
	knowledgeLayer,
	knowledgeScript,
	knowledgeStatus,
	understanding,
	teacherRecords,
	weeklyUse,
	invites,
};
const placeholders = (s: string) =>
	[...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
	for (const [area, { zh, en }] of Object.entries(catalogues)) {
		it(`${area}: every key has a non-empty English text with the same placeholders`, () => {
			for (const [key, text] of Object.entries(zh as Record<string, string>)) {
				const english = (en as Record<string, string>)[key];
				expect(text.trim(), key).not.toBe("");
				expect(english?.trim(), key).toBeTruthy();
				expect(placeholders(english ?? ""), key).toEqual(placeholders(text));
			}
		});
	}

	it("has no key defined in two areas (a later one would silently win)", () => {
		const seen = new Map<string, string>();
		for (const [area, { zh }] of Object.entries(catalogues)) {
			for (const key of Object.keys(zh)) {
				expect(seen.get(key), `${key} in ${area}`).toBeUndefined();
				seen.set(key, area);
			}
		}
	});
});

describe("translator", () => {
	it("picks English plural forms by Intl.PluralRules", () => {
		const en = translator("en");
		expect(en("exam.ics_caption", { cert: "BIM", n: 1 })).toMatch(
			/^BIM: 1 date, /,
		);
		expect(en("exam.ics_caption", { cert: "BIM", n: 2 })).toMatch(
			/^BIM: 2 dates, /,
		);
		expect(en("report.summary_line", { total: 1, behind: 0, ok: 1 })).toBe(
			"1 teacher: 0 behind, 1 on track.",
		);
		expect(format("{n} {n|day|days}", { n: 0 }, "en")).toBe("0 days");
		expect(format("{n} {n|day|days}", { n: "1" }, "en")).toBe("1 day");
		expect(format("{n|day|days}", {}, "en")).toBe("{n|day|days}");
	});

	it("fills placeholders and keeps unknown ones visible", () => {
		expect(format("{a} and {b}", { a: 1 })).toBe("1 and {b}");
		expect(translator("en")("errors.command_unknown", { name: "foo" })).toBe(
			"There is no /foo command.",
		);
		expect(translator("zh-CN")("errors.command_unknown", { name: "foo" })).toBe(
			"没有 /foo 这个命令。",
		);
	});

	it.each([
		["zh-hans", "zh-CN"],
		["zh-TW", "zh-CN"],
		["en-US", "en"],
		["en_GB.UTF-8", "en"],
		["en", "en"],
		["fr", "zh-CN"],
		[undefined, "zh-CN"],
	])("maps %s to %s", (tag, locale) => {
		expect(resolveLocale(tag)).toBe(locale);
	});
});
