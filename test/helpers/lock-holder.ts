/**
 * Child process of the lock tests: takes and releases the database lock when told on stdin.
 *   acquire <epoch ms>  wait until that moment (so that all children try at once), then try
 *   release             release what it holds
 * Prints `ready`, then `got`, `refused <message>` or `released` per command.
 * With `--take` it takes the lock at once, prints `got` and holds it until killed (stdin unused).
 * Usage: node --import tsx test/helpers/lock-holder.ts <db file> [--take]
 */
import { createInterface } from "node:readline";
import { acquireLock } from "../../src/storage/file-lock.js";

const [file, mode] = process.argv.slice(2);
if (!file) throw new Error("usage: lock-holder <db file>");
let release: (() => Promise<void>) | undefined;
// Bounded: a forgotten child ends by itself.
setTimeout(() => process.exit(0), 60_000).unref();

if (mode === "--take") {
	process.stdout.write("ready\n");
	await acquireLock(file);
	process.stdout.write("got\n");
	await new Promise(() => setInterval(() => {}, 1000));
}
const lines = createInterface({ input: process.stdin });
process.stdout.write("ready\n");
for await (const line of lines) {
	const [command, at] = line.split(" ");
	if (command === "acquire") {
		const start = Number(at);
		while (Date.now() < start - 5) await new Promise((r) => setTimeout(r, 1));
		while (Date.now() < start) {
			// Spin for the last milliseconds, so that children start within one of each other.
		}
		try {
			release = await acquireLock(file);
			process.stdout.write("got\n");
		} catch (error) {
			process.stdout.write(`refused ${(error as Error).message}\n`);
		}
	} else if (command === "release") {
		await release?.();
		release = undefined;
		process.stdout.write("released\n");
	}
}
process.exit(0);
