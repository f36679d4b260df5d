/**
 * Child process of the PostgreSQL durability test: the training commands behind the real
 * dispatcher on the PostgreSQL repositories, fed `/log training` by parallel senders. Prints
 * `ack <title>` only after the reply confirms the entry (after the commit).
 * Usage: node --import tsx test/helpers/training-pg-bot.ts <database url> <title prefix>
 */

import "./register-messages.js";
import { createTrainingService } from "../../src/features/training/training-service.js";
import { createUserDirectory } from "../../src/features/users/user-directory.js";
import { openPgDatabase } from "../../src/storage/postgres/database.js";
import { postgresRepositories } from "../../src/storage/postgres/repositories.js";
import { dispatchDialogue } from "./dispatch-dialogue.js";
import { trainingCommands } from "./training-dialogue.js";
import { testPolicy } from "./training-fixtures.js";

const [url, prefix] = process.argv.slice(2);
if (!url || !prefix) throw new Error("usage: training-pg-bot <url> <prefix>");
const teacher = "console:durability";
const db = openPgDatabase(url, { max: 8 });
const { trainingRecords, teachers } = postgresRepositories(db);
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
await db.close();
