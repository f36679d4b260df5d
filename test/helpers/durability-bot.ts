/**
 * Child process of the durability test, fed by parallel senders until it is killed. Prints
 * `ack <title>` only once the entry is acknowledged.
 *   dialogue            `/log training` commands through the real dispatcher and services
 *   journal             the `/log` change itself (record, audit entry, next id) through
 *                       `store.apply`, with a small journal so that compactions run all the time
 *   journal <step>      the same, and the process kills itself (SIGKILL) when a compaction
 *                       reaches <step>
 * Usage: node --import tsx test/helpers/durability-bot.ts <db file> <title prefix> <mode> [step]
 */

import "./register-messages.js";
import { createTrainingService } from "../../src/features/training/training-service.js";
import { createUserDirectory } from "../../src/features/users/user-directory.js";
import type { CompactionStep } from "../../src/storage/journaled-store.js";
import { lowdbRepositories } from "../../src/storage/lowdb/repositories.js";
import { openJsonStore } from "../../src/storage/open-json-store.js";
import { dispatchDialogue } from "./dispatch-dialogue.js";
import { trainingCommands } from "./training-dialogue.js";
import { testPolicy } from "./training-fixtures.js";

const [file, prefix, mode = "dialogue", killAt] = process.argv.slice(2);
if (!file || !prefix)
	throw new Error("usage: durability-bot <file> <prefix> <mode> [step]");
const teacher = "console:durability";
const store = await openJsonStore(file, {
	...(mode === "journal" ? { compactAt: 16_000 } : {}),
	onCompaction: (step: CompactionStep) => {
		if (step === killAt) {
			process.stdout.write(`killed at ${step}\n`);
			process.kill(process.pid, "SIGKILL");
		}
	},
});

async function logByDialogue(): Promise<(title: string) => Promise<boolean>> {
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
	return async (title) =>
		(await say(teacher, `/log training 1 ${title} 2026-11-01`)).text.includes(
			title,
		);
}

/** What `/log` changes, as the training repository writes it: record, audit entry, next id. */
async function logByApply(title: string): Promise<boolean> {
	const id = String(store.data.training.nextId);
	const at = new Date().toISOString();
	const record = {
		id,
		owner: teacher,
		createdAt: at,
		kind: "training" as const,
		date: "2026-11-01",
		hours: 1,
		title,
	};
	await store.apply([
		{ op: "push", path: ["training", "records"], value: record },
		{
			op: "push",
			path: ["training", "audit"],
			value: {
				at,
				by: teacher,
				action: "create",
				target: id,
				owner: teacher,
				changes: { title: { from: null, to: title } },
			},
		},
		{ op: "set", path: ["training", "nextId"], value: Number(id) + 1 },
	]);
	return true;
}

const log = mode === "journal" ? logByApply : await logByDialogue();
process.stdout.write("ready\n");

let next = 0;
// Bounded: the parent kills it long before; this only stops a forgotten child.
const deadline = Date.now() + 30_000;
async function sender() {
	while (Date.now() < deadline) {
		const title = `${prefix}-${next++}`;
		if (await log(title)) process.stdout.write(`ack ${title}\n`);
	}
}
await Promise.all(Array.from({ length: 16 }, sender));
await store.close();
