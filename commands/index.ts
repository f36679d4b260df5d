import type { CommandDef } from "../src/core/command.js";
import { ask } from "./ask.js";
import { cert } from "./cert.js";
import { exam } from "./exam.js";
import { help } from "./help.js";
import { major } from "./major.js";
import { remind } from "./remind.js";
import { start } from "./start.js";
import { subscribe } from "./subscribe.js";
import { subscriptions } from "./subscriptions.js";
import { unanswered } from "./unanswered.js";
import { unsubscribe } from "./unsubscribe.js";

/** Every chat command, in the order help lists them. Add a command here to make it exist. */
export const commands: readonly CommandDef[] = [
	start,
	help,
	cert,
	major,
	ask,
	unanswered,
	exam,
	subscribe,
	unsubscribe,
	subscriptions,
	remind,
];
