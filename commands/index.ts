import "../src/messages.js";
import type { CommandDef } from "../src/core/command.js";
import { ask } from "./ask/ask.js";
import { exam } from "./exams/exam.js";
import { help } from "./general/help.js";
import { start } from "./general/start.js";
import { about } from "./knowledge/about.js";
import { cert } from "./knowledge/cert.js";
import { feedback } from "./knowledge/feedback.js";
import { kb } from "./knowledge/kb.js";
import { major } from "./knowledge/major.js";
import { source } from "./knowledge/source.js";
import { unanswered } from "./knowledge/unanswered.js";
import { remind } from "./reminders/remind.js";
import { subscribe } from "./reminders/subscribe.js";
import { subscriptions } from "./reminders/subscriptions.js";
import { unsubscribe } from "./reminders/unsubscribe.js";
import { del } from "./training/delete.js";
import { edit } from "./training/edit.js";
import { exportCommand } from "./training/export.js";
import { log } from "./training/log.js";
import { progress } from "./training/progress.js";
import { records } from "./training/records.js";
import { report } from "./training/report.js";
import { undo } from "./training/undo.js";
import { role } from "./users/role.js";
import { teacher } from "./users/teacher.js";
import { whoami } from "./users/whoami.js";

/** Every chat command, in the order help lists them. Add a command here to make it exist. */
export const commands: readonly CommandDef[] = [
	start,
	help,
	cert,
	major,
	ask,
	unanswered,
	about,
	exam,
	subscribe,
	unsubscribe,
	subscriptions,
	remind,
	teacher,
	role,
	log,
	records,
	edit,
	del,
	progress,
	exportCommand,
	report,
	feedback,
	undo,
	whoami,
	source,
	kb,
];
