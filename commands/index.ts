import type { CommandDef } from "../src/core/command.js";

/** Every chat command, in the order help lists them. Add a command here to make it exist. */
export const commands: readonly CommandDef[] = [];
