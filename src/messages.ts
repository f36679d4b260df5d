/**
 * The message catalogues of every feature and adapter, registered with the core's i18n machinery.
 * The core knows only its own framework messages (`core/messages/common.ts`); this file adds the
 * rest, at run time (`registerMessages`) and for the type checker (`Messages` by declaration
 * merging), so `MessageKey` is the union of all catalogues. Imported for its effect by
 * `app.ts` and `commands/index.ts`.
 */

import { discord } from "./adapters/discord/messages.js";
import { telegram } from "./adapters/telegram/messages/telegram.js";
import { telegramLinks } from "./adapters/telegram/messages/telegram-links.js";
import { botMessages } from "./bot-messages.js";
import { registerMessages } from "./core/i18n.js";
import { exams } from "./features/exams/messages.js";
import { adminLoop } from "./features/knowledge/messages/admin-loop.js";
import { kbLogMessages } from "./features/knowledge/messages/kb-log.js";
import { knowledge } from "./features/knowledge/messages/knowledge.js";
import { knowledgeImport } from "./features/knowledge/messages/knowledge-import.js";
import { knowledgeLayer } from "./features/knowledge/messages/knowledge-layer.js";
import { knowledgeScript } from "./features/knowledge/messages/knowledge-script.js";
import { knowledgeStatus } from "./features/knowledge/messages/knowledge-status.js";
import { majors } from "./features/knowledge/messages/majors.js";
import { understanding } from "./features/knowledge/messages/understanding.js";
import { teacherRecords } from "./features/training/messages/teacher-records.js";
import { training } from "./features/training/messages/training.js";
import { weeklyUse } from "./features/training/messages/weekly-use.js";
import { invites } from "./features/users/messages.js";

const zh = {
	...botMessages.zh,
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
	...kbLogMessages.zh,
	...knowledgeScript.zh,
	...weeklyUse.zh,
};
const en: Record<keyof typeof zh, string> = {
	...botMessages.en,
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
	...kbLogMessages.en,
	...knowledgeScript.en,
	...weeklyUse.en,
};

type FeatureMessages = typeof zh;

declare module "./core/i18n.js" {
	interface Messages extends FeatureMessages {}
}

registerMessages({ zh, en });
