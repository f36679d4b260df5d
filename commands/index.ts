import type { CommandDef } from "../src/core/command.js";
import { ask } from "./ask.js";
import { cert } from "./cert.js";
import { help } from "./help.js";
import { major } from "./major.js";
import { start } from "./start.js";
import { unanswered } from "./unanswered.js";

/** Every chat command, in the order help lists them. Add a command here to make it exist. */
export const commands: readonly CommandDef[] = [
	start,
	help,
	cert,
	major,
	ask,
	unanswered,
];
