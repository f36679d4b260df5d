/**
 * The college's own certificate lists into the knowledge layer, and the layer back out:
 *
 *   npm run knowledge -- import 第四批名单.xlsx --source "第四批职业技能等级证书名单 https://…"
 *   npm run knowledge -- import list.csv --dry-run
 *   npm run knowledge -- export [--out folder] [--full]
 *
 * `import` checks every row first and writes all of them or none, then rebuilds the search
 * index once. While the bot runs (it holds the database), the checked file is handed to the
 * bot through `DATA_DIR/knowledge-inbox/` and the bot's result is printed. `export`
 * writes the layer in the format of `knowledge/` for a maintainer to fold in; it only reads.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { userInfo } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createBot, databaseFile } from "../src/app.js";
import { type Config, loadConfig } from "../src/config.js";
import { resolveLocale, translator } from "../src/core/i18n.js";
import { silentLogger } from "../src/core/ports.js";
import type { LayerRecords } from "../src/features/knowledge/layer/data.js";
import { writeLayerExport } from "../src/features/knowledge/layer/export.js";
import {
	importChange,
	inboxDir,
	queueImport,
	takeResult,
} from "../src/features/knowledge/layer/inbox.js";
import { loadKnowledge } from "../src/features/knowledge/load.js";
import type { Repositories } from "../src/features/repositories.js";
import type { DbData } from "../src/storage/db.js";
import {
	type JsonStore,
	openJsonStore,
} from "../src/storage/open-json-store.js";
import { openStorage } from "../src/storage/open-storage.js";
import { readSnapshot } from "../src/storage/read-snapshot.js";
import { StorageError } from "../src/storage/storage-error.js";
import type { Store } from "../src/storage/store.js";
import { printReport } from "./knowledge-report.js";

/** How often the script looks for the running bot's result. */
const POLL_MS = 200;
/** The database is held by a running bot (another process, or this one in tests). */
const HELD = /in use by another running bot|already open in this process/;

const OPTIONS = {
	source: { type: "string" },
	"dry-run": { type: "boolean", default: false },
	out: { type: "string" },
	full: { type: "boolean", default: false },
	lang: { type: "string" },
	by: { type: "string" },
	wait: { type: "string" },
	kind: { type: "string" },
} as const;
const KINDS = ["x", "skill-level", "other"] as const;

/** Runs the script; returns the exit code. `env` is the process environment. */
async function loadStoredLayer(config: Config): Promise<LayerRecords> {
	const storage = await openStorage(config, silentLogger);
	try {
		return (await storage.repositories.knowledgeLayer.load()).records;
	} finally {
		await storage.close();
	}
}

export async function runKnowledgeScript(
	argv: readonly string[],
	env: Record<string, string | undefined>,
	print: (line: string) => void,
	clock = { now: () => new Date() },
): Promise<number> {
	let parsed: ReturnType<
		typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
	>;
	try {
		parsed = parseArgs({
			args: [...argv],
			options: OPTIONS,
			allowPositionals: true,
			strict: true,
		});
	} catch (error) {
		// Node's own message is English and names the option's inner syntax (`--out <value>`).
		const at = argv.indexOf("--lang");
		const t = translator(resolveLocale(at >= 0 ? argv[at + 1] : undefined));
		const message = error instanceof Error ? error.message : String(error);
		const option = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? message;
		const code = (error as { code?: unknown }).code;
		print(
			code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
				? t("knowledge.import_option_unknown", { option })
				: t("knowledge.import_option_value", { option }),
		);
		print(t("knowledge.import_usage"));
		return 2;
	}
	const { values, positionals } = parsed;
	const t = translator(resolveLocale(values.lang ?? "zh-CN"));
	const [action, file] = positionals;
	if ((action !== "import" || !file) && action !== "export") {
		print(t("knowledge.import_usage"));
		return 2;
	}
	const config = loadConfig(env);
	const knowledge = await loadKnowledge(config.knowledgeDir);
	const dbFile = databaseFile(config);

	if (action === "export") {
		// The layer as the bot serves it: from PostgreSQL when it runs there, else the lowdb file.
		const layer = config.database
			? await loadStoredLayer(config)
			: (await readSnapshot(dbFile)).data.knowledgeLayer;
		const dir = values.out ?? join(config.dataDir, "files", "knowledge-export");
		const out = await writeLayerExport(
			dir,
			knowledge,
			layer,
			values.full ? config.knowledgeDir : undefined,
		);
		const r = out.changes.removes;
		print(
			t("knowledge.import_exported", {
				dir,
				certificates: out.certificates.length,
				links: out.links.length,
				faq: out.faq.length,
				changes:
					r.certificates.length +
					r.links.length +
					r.faq.length +
					out.changes.replaces.certificates.length +
					out.changes.replaces.faq.length,
			}),
		);
		return 0;
	}

	let bytes: Uint8Array;
	try {
		bytes = await readFile(file as string);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? String(error);
		print(
			t("knowledge.import_cannot_read", { file: file as string, detail: code }),
		);
		return 1;
	}
	const dryRun = values["dry-run"] ?? false;
	const kind = KINDS.find((k) => k === (values.kind ?? "x"));
	if (!kind) {
		print(t("knowledge.import_bad_kind", { value: values.kind ?? "" }));
		return 2;
	}
	const options = {
		kind,
		label: basename(file as string),
		by: values.by ?? `cli:${userInfo().username}`,
		...(values.source !== undefined ? { defaultSource: values.source } : {}),
	};
	const importInto = async (
		where: Store<DbData> | Repositories,
		dry: boolean,
	) => {
		const app = createBot(config, {
			...("knowledgeLayer" in where
				? {
						repositories: where,
						knowledgeLayer: await where.knowledgeLayer.load(),
					}
				: { store: where }),
			knowledge,
			clock,
			logger: silentLogger,
		});
		return app.services.knowledgeLayer.importFile(
			importChange(options.by, clock.now(), config.zone),
			bytes,
			{ ...options, dryRun: dry },
		);
	};
	// PostgreSQL serves this script and running bots at once: the import goes straight in.
	if (config.database) {
		const storage = await openStorage(config, silentLogger);
		try {
			const report = await importInto(storage.repositories, dryRun);
			printReport(report, options.label, dryRun, t, print);
			return report.ok ? 0 : 1;
		} finally {
			await storage.close();
		}
	}
	let store: JsonStore | undefined;
	try {
		if (!dryRun) store = await openJsonStore(dbFile);
	} catch (error) {
		if (!(error instanceof StorageError && HELD.test(error.message)))
			throw error;
	}
	if (store) {
		try {
			const report = await importInto(store, false);
			printReport(report, options.label, false, t, print);
			return report.ok ? 0 : 1;
		} finally {
			await store.close();
		}
	}
	// Dry run, or the bot holds the database: check against a copy first.
	const checked = await importInto(await readSnapshot(dbFile), true);
	if (dryRun || !checked.ok) {
		printReport(checked, options.label, true, t, print);
		return checked.ok ? 0 : 1;
	}
	const dir = inboxDir(config.dataDir);
	const id = await queueImport(dir, bytes, options);
	print(t("knowledge.import_handed", { id }));
	const seconds = Number(values.wait ?? 60);
	const waitMs =
		(Number.isFinite(seconds) && seconds >= 0 ? seconds : 60) * 1000;
	for (let waited = 0; waited <= waitMs; waited += POLL_MS) {
		const report = await takeResult(dir, id);
		if (report) {
			printReport(report, options.label, false, t, print);
			return report.ok ? 0 : 1;
		}
		await new Promise((resolve) => setTimeout(resolve, POLL_MS));
	}
	print(
		t("knowledge.import_not_picked_up", {
			seconds: Math.round(waitMs / 1000),
			id,
			dir,
		}),
	);
	return 3;
}

if (
	process.argv[1] &&
	import.meta.url === pathToFileURL(process.argv[1]).href
) {
	if (existsSync(".env")) process.loadEnvFile(".env");
	runKnowledgeScript(process.argv.slice(2), process.env, (l) => console.log(l))
		.then((code) => {
			process.exitCode = code;
		})
		.catch((error: unknown) => {
			console.error(error instanceof Error ? error.message : String(error));
			process.exitCode = 1;
		});
}
