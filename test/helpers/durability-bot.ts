/**
 * Child process of the durability test: the training commands behind the real dispatcher on
 * the real JSON store, fed a stream of `/log training` commands by parallel senders. Prints
 * `ack <title>` only after the reply confirms the entry (i.e. after `update` resolved).
 * Usage: node --import tsx test/helpers/durability-bot.ts <db file> <title prefix>
 */

import "./register-messages.js";
import { createTrainingService } from "../../src/features/training/training-service.js";
import { createUserDirectory } from "../../src/features/users/user-directory.js";
import { lowdbRepositories } from "../../src/storage/lowdb/repositories.js";
import { openJsonStore } from "../../src/storage/open-json-store.js";
import { dispatchDialogue } from "./dispatch-dialogue.js";
import { trainingCommands } from "./training-dialogue.js";
import { testPolicy } from "./training-fixtures.js";

const [file, prefix] = process.argv.slice(2);
if (!file || !prefix) throw new Error("usage: durability-bot <file> <prefix>");
const teacher = "console:durability";
const store = await openJsonStore(file);
const { trainingRecords, teachers } = lowdbRepositories(store);
const users = createUserDirectory(teachers, [teacher]);
const training = createTrainingService({
	records: trainingRecords,
	teachers,
	users,
	policy: testPolicy,
});
const { say } = dispatchDialogue({
	commands: trainingCommands,
	services: { users, training },
});
process.stdout.write("ready\n");

let next = 0;
// Bounded: the parent kills it long before; this only stops a forgotten child.
const deadline = Date.now() + 30_000;
async function sender() {
	while (Date.now() < deadline) {
		const title = `${prefix}-${next++}`;
		const answer = await say(teacher, `/log training 1 ${title} 2026-11-01`);
		if (answer.text.includes(title)) process.stdout.write(`ack ${title}\n`);
	}
}
await Promise.all(Array.from({ length: 16 }, sender));
await store.close();
