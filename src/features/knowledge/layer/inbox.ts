import { randomBytes } from "node:crypto";
import {
	mkdir,
	readdir,
	readFile,
	rename,
	rm,
	writeFile,
} from "node:fs/promises";
import { join } from "node:path";
import type { Change } from "../../../core/change.js";
import { localDate } from "../../../core/dates.js";
import type { Clock, Logger } from "../../../core/ports.js";
import type {
	ImportFileOptions,
	ImportReport,
	KnowledgeLayerPort,
} from "./layer-port.js";

/**
 * Imports handed to a running bot. Only one process may write the database, so while the bot
 * runs `npm run knowledge -- import` drops the file here and the bot imports it itself (same
 * checks, audit and index rebuild as ever), then leaves `<id>.result.json` for the script.
 */
export const INBOX = "knowledge-inbox";

export function inboxDir(dataDir: string): string {
	return join(dataDir, INBOX);
}

/** A queued import: the options, and who ran the script. */
type Meta = Omit<ImportFileOptions, "dryRun"> & { by: string };

/** An import as a change by whoever ran the script (an operator: admin rights). */
export function importChange(by: string, now: Date, zone: string): Change {
	return {
		actor: { key: by, role: "admin" },
		now,
		today: localDate(now, zone),
	};
}

async function writeAtomic(path: string, data: Uint8Array | string) {
	await writeFile(`${path}.tmp`, data);
	await rename(`${path}.tmp`, path);
}

/** Queues a file; the metadata is written last, so the bot never picks up half an item. */
export async function queueImport(
	dir: string,
	bytes: Uint8Array,
	meta: Meta,
): Promise<string> {
	await mkdir(dir, { recursive: true });
	const id = `${Date.now()}-${randomBytes(4).toString("hex")}`;
	await writeAtomic(join(dir, `${id}.data`), bytes);
	await writeAtomic(join(dir, `${id}.json`), JSON.stringify(meta));
	return id;
}

/** The bot's answer to a queued item (removed once read), or `undefined` while it has none. */
export async function takeResult(
	dir: string,
	id: string,
): Promise<ImportReport | undefined> {
	const file = join(dir, `${id}.result.json`);
	let text: string;
	try {
		text = await readFile(file, "utf8");
	} catch {
		return undefined;
	}
	await rm(file, { force: true });
	return JSON.parse(text) as ImportReport;
}

/** Imports every queued item, oldest first; returns how many it handled. */
export async function processInbox(
	dir: string,
	layer: KnowledgeLayerPort,
	logger: Logger,
	when: { clock: Clock; zone: string } = {
		clock: { now: () => new Date() },
		zone: "Asia/Shanghai",
	},
): Promise<number> {
	let names: string[];
	try {
		names = await readdir(dir);
	} catch {
		return 0;
	}
	const ids = names
		.filter((n) => n.endsWith(".json") && !n.endsWith(".result.json"))
		.map((n) => n.slice(0, -".json".length))
		.sort();
	for (const id of ids) {
		const metaFile = join(dir, `${id}.json`);
		const dataFile = join(dir, `${id}.data`);
		let report: ImportReport;
		try {
			const meta = JSON.parse(await readFile(metaFile, "utf8")) as Meta;
			const bytes = await readFile(dataFile);
			report = await layer.importFile(
				importChange(meta.by, when.clock.now(), when.zone),
				new Uint8Array(bytes),
				meta,
			);
			logger.info("imported a queued knowledge file", {
				id,
				file: meta.label,
				ok: report.ok,
			});
		} catch (error) {
			// Not the file's fault (the disk, a damaged item): tell the script, keep the bot up.
			logger.error("could not import a queued knowledge file", {
				id,
				error: String(error),
			});
			report = {
				ok: false,
				rows: 0,
				problems: [
					{
						code: "knowledge.import_inbox_failed",
						params: { detail: String(error) },
					},
				],
			};
		}
		await writeAtomic(join(dir, `${id}.result.json`), JSON.stringify(report));
		await rm(metaFile, { force: true });
		await rm(dataFile, { force: true });
	}
	return ids.length;
}

/** Checks the inbox every `intervalMs` while the bot runs; one pass at a time. */
export function watchInbox(options: {
	dir: string;
	layer: KnowledgeLayerPort;
	logger: Logger;
	intervalMs?: number;
	/** When and in which zone an import is made (default: now, Asia/Shanghai). */
	when?: { clock: Clock; zone: string };
}): { stop(): Promise<void> } {
	let running: Promise<unknown> | undefined;
	const timer = setInterval(() => {
		running ??= processInbox(
			options.dir,
			options.layer,
			options.logger,
			options.when,
		)
			.catch((error: unknown) =>
				options.logger.error("knowledge inbox failed", {
					error: String(error),
				}),
			)
			.finally(() => {
				running = undefined;
			});
	}, options.intervalMs ?? 2000);
	timer.unref();
	return {
		async stop() {
			clearInterval(timer);
			await running;
		},
	};
}
