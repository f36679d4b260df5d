import type { CommandDef } from "../src/core/command.js";
import { about } from "./about.js";
import { ask } from "./ask.js";
import { cert } from "./cert.js";
import { del } from "./delete.js";
import { edit } from "./edit.js";
import { exam } from "./exam.js";
import { exportCommand } from "./export.js";
import { feedback } from "./feedback.js";
import { help } from "./help.js";
import { kb } from "./kb.js";
import { log } from "./log.js";
import { major } from "./major.js";
import { progress } from "./progress.js";
import { records } from "./records.js";
import { remind } from "./remind.js";
import { report } from "./report.js";
import { role } from "./role.js";
import { source } from "./source.js";
import { start } from "./start.js";
import { subscribe } from "./subscribe.js";
import { subscriptions } from "./subscriptions.js";
import { teacher } from "./teacher.js";
import { unanswered } from "./unanswered.js";
import { undo } from "./undo.js";
import { unsubscribe } from "./unsubscribe.js";
import { whoami } from "./whoami.js";

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
