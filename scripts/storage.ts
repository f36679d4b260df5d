/**
 * Moving the embedded database to PostgreSQL, the way to grow past one process:
 *
 *   npm run storage -- migrate --to "postgres://onex:password@db.example:5432/onex"
 *
 * Stop the bot first: the copy takes the lock of `DATA_DIR/db.json` (and refuses while the bot
 * holds it). The target's schema is created, then every table is filled in one transaction and
 * its rows counted against the file; a target that already holds data is refused. Killed
 * half-way, the target keeps nothing of the copy. Afterwards set DATABASE_URL and start the bot.
 */
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../src/config.js";
import { NotSavedError } from "../src/core/errors.js";
import { openJsonStore } from "../src/storage/open-json-store.js";
import { databaseFile } from "../src/storage/open-storage.js";
import {
	type DocumentCopier,
	documentCopiers,
} from "../src/storage/postgres/copy-document.js";
import { copyDocument } from "../src/storage/postgres/copy-into.js";
import { connectPgDatabase } from "../src/storage/postgres/database.js";
import {
	type FeatureMigrations,
	migrateSchema,
} from "../src/storage/postgres/migrate.js";
import { postgresMigrations } from "../src/storage/postgres/repositories.js";

const USAGE =
	'usage: npm run storage -- migrate --to "postgres://user:password@host:5432/database"';

/** The schema and copiers to use; every registered feature's unless a test gives its own. */
export interface StorageScriptParts {
	features: readonly FeatureMigrations[];
	copiers: readonly DocumentCopier[];
}

/** Runs the script; returns the exit code. `env` is the process environment. */
export async function runStorageScript(
	argv: readonly string[],
	env: Record<string, string | undefined>,
	print: (line: string) => void,
	parts: StorageScriptParts = {
		features: postgresMigrations,
		copiers: documentCopiers,
	},
): Promise<number> {
	let to: string | undefined;
	let command: string | undefined;
	try {
		const { values, positionals } = parseArgs({
			args: [...argv],
			options: { to: { type: "string" } },
			allowPositionals: true,
			strict: true,
		});
		to = values.to;
		command = positionals.join(" ");
	} catch (error) {
		print(
			`${error instanceof Error ? error.message : String(error)}\n${USAGE}`,
		);
		return 2;
	}
	if (command !== "migrate") {
		print(USAGE);
		return 2;
	}
	// The URL holds a password: it is never printed, not even when it is malformed.
	if (!to || !/^postgres(ql)?:\/\//.test(to) || !URL.canParse(to)) {
		print(`--to needs a PostgreSQL URL.\n${USAGE}`);
		return 2;
	}
	let config: ReturnType<typeof loadConfig>;
	try {
		config = loadConfig(env);
	} catch (error) {
		if (error instanceof ConfigError) {
			print(error.message);
			return 2;
		}
		throw error;
	}
	const file = databaseFile(config);
	if (!existsSync(file)) {
		print(
			`${file} does not exist: nothing to copy (set DATA_DIR to the bot's data folder).`,
		);
		return 1;
	}
	try {
		const store = await openJsonStore(file);
		try {
			const db = await connectPgDatabase(to, { max: 2, statementTimeoutMs: 0 });
			try {
				const applied = await migrateSchema(db, parts.features);
				if (applied.length > 0)
					print(`Schema of ${db.where}: ${applied.length} steps applied.`);
				const counts = await copyDocument(store.data, db, parts.copiers);
				print(`Copied ${file} into ${db.where}:`);
				for (const [table, rows] of Object.entries(counts))
					print(`  ${table.padEnd(28)} ${String(rows).padStart(8)} rows`);
				print(
					"Counts match the file. Set DATABASE_URL to this database and start the bot; keep db.json as a backup.",
				);
				return 0;
			} finally {
				await db.close();
			}
		} finally {
			await store.close();
		}
	} catch (error) {
		// StorageError (refused, mismatched, unreachable) and outages: said plainly, nothing copied.
		if (error instanceof NotSavedError) {
			print(error.message);
			return 1;
		}
		throw error;
	}
}

if (
	process.argv[1] &&
	import.meta.url === pathToFileURL(process.argv[1]).href
) {
	if (existsSync(".env")) process.loadEnvFile(".env");
	runStorageScript(process.argv.slice(2), process.env, (l) => console.log(l))
		.then((code) => {
			process.exitCode = code;
		})
		.catch((error: unknown) => {
			console.error(error instanceof Error ? error.message : String(error));
			process.exitCode = 1;
		});
}
