import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { defineCommand } from "../../../src/core/command.js";
import { renderText } from "../../../src/core/render-text.js";
import { reply, text } from "../../../src/core/reply.js";
import { createUserDirectory } from "../../../src/features/users/user-directory.js";
import { createLogger } from "../../../src/logger.js";
import { emptyDb } from "../../../src/storage/db.js";
import { lowdbTeachers } from "../../../src/storage/lowdb/teacher-repository.js";
import { openStorage } from "../../../src/storage/open-storage.js";
import {
	connectPgDatabase,
	type PgDatabase,
} from "../../../src/storage/postgres/database.js";
import { StorageError } from "../../../src/storage/storage-error.js";
import { memoryStore } from "../../../src/storage/store.js";
import { chatRequest, fakeBot } from "../../helpers/chat-client.js";
import {
	type Cluster,
	freePort,
	startCluster,
} from "../../helpers/pg-cluster.js";

/** A server of this file's own that asks for a password, so it can be refused and restarted. */
const PASSWORD = "Pg-s3cret-7Qz";
let cluster: Cluster;

beforeAll(async () => {
	const bin = inject("pgBin");
	if (!bin)
		throw new Error(
			"these tests start a PostgreSQL server of their own: install PostgreSQL (apt-get install postgresql)",
		);
	cluster = await startCluster(bin, { password: PASSWORD });
}, 120_000);

afterAll(async () => {
	await cluster?.remove();
});

function withPassword(password: string | undefined, database = "postgres") {
	const url = new URL(cluster.url);
	url.password = password ?? "";
	url.pathname = `/${database}`;
	return url.toString();
}

/** What start-up says, and everything it logged, for `url`. */
async function startWith(url: string): Promise<{ error: Error; log: string }> {
	const lines: string[] = [];
	const logger = createLogger("debug", (l) => lines.push(l));
	const error = await openStorage(
		{ dataDir: "/nonexistent", database: { url, poolSize: 2 } },
		logger,
	).then(
		async (storage) => {
			await storage.close();
			throw new Error("start-up succeeded");
		},
		(e: unknown) => e as Error,
	);
	return { error, log: lines.join("") };
}

function neverShows(secret: string, error: Error, log: string) {
	const everything = `${error.message}\n${error.stack}\n${String((error.cause as Error)?.message)}\n${JSON.stringify(error)}\n${log}`;
	expect(everything).not.toContain(secret);
}

describe("start-up against PostgreSQL", () => {
	it("says the password was refused, without printing it", async () => {
		const { error, log } = await startWith(withPassword("wrong-Secret-42"));
		expect(error).toBeInstanceOf(StorageError);
		expect(error.message).toBe(
			`PostgreSQL at postgres://onex@127.0.0.1:${cluster.port}/postgres refused the password of onex. Put the right password in DATABASE_URL (postgres://user:password@host:port/database).`,
		);
		neverShows("wrong-Secret-42", error, log);
	});

	it("says the server asks for a password when the URL has none", async () => {
		const { error } = await startWith(withPassword(undefined));
		expect(error.message).toContain(
			"asks for a password and DATABASE_URL has none",
		);
	});

	it("says which database is missing and how to create it", async () => {
		const { error, log } = await startWith(
			withPassword(PASSWORD, "onex_missing"),
		);
		expect(error.message).toBe(
			`The database onex_missing does not exist on PostgreSQL at postgres://onex@127.0.0.1:${cluster.port}/onex_missing. Create it (createdb -O onex onex_missing) or name an existing one in DATABASE_URL.`,
		);
		neverShows(PASSWORD, error, log);
	});

	it("says the server cannot be reached, naming host and port but not the password", async () => {
		const port = await freePort();
		const { error, log } = await startWith(
			`postgres://onex:${PASSWORD}@127.0.0.1:${port}/onex`,
		);
		expect(error.message).toBe(
			`Cannot reach PostgreSQL at postgres://onex@127.0.0.1:${port}/onex (ECONNREFUSED). Is the server running, and do the host and port in DATABASE_URL point at it?`,
		);
		neverShows(PASSWORD, error, log);
	});

	it("starts, migrates and logs where it runs without the password", async () => {
		const lines: string[] = [];
		const storage = await openStorage(
			{
				dataDir: "/nonexistent",
				database: { url: withPassword(PASSWORD), poolSize: 3 },
			},
			createLogger("debug", (l) => lines.push(l)),
		);
		try {
			expect(storage.kind).toBe("postgres");
			expect(storage.store).toBeUndefined();
			expect(storage.where).toBe(
				`postgres://onex@127.0.0.1:${cluster.port}/postgres`,
			);
			expect(storage.db?.pool.options.max).toBe(3);
			const rows = (
				await storage.db?.query("SELECT to_regclass('schema_migrations') AS t")
			)?.rows;
			expect(rows?.[0]?.t).toBe("schema_migrations");
			expect(lines.join("")).toContain(storage.where);
			expect(lines.join("")).not.toContain(PASSWORD);
		} finally {
			await storage.close();
		}
	});
});

describe("PostgreSQL going away while the bot runs", () => {
	let db: PgDatabase;
	/** Resolved by the test between the two inserts of `/note`. */
	let between: (() => Promise<void>) | undefined;
	const note = defineCommand({
		name: "note",
		summary: "help.title",
		examples: ["/note hello"],
		args: [{ name: "body", type: "text", describe: "help.title" }] as const,
		run: async (_ctx, args) => {
			await db.transaction(async (sql) => {
				await sql.query("INSERT INTO notes (body) VALUES ($1)", [
					`${args.body} a`,
				]);
				await between?.();
				await sql.query("INSERT INTO notes (body) VALUES ($1)", [
					`${args.body} b`,
				]);
			});
			return reply([text(`saved ${args.body}`)]);
		},
	});
	const bot = () =>
		fakeBot({
			commands: [note],
			services: {
				users: createUserDirectory(lowdbTeachers(memoryStore(emptyDb())), []),
			},
		});
	const say = async (b: ReturnType<typeof bot>, line: string) =>
		renderText(
			(await b.dispatcher.handle(
				chatRequest(
					"console:t1",
					line,
					{ addressed: true },
					(_u, k) => `chat:${k}`,
				),
			)) ?? reply([]),
		);
	const notes = async () =>
		(
			await db.query<{ body: string }>("SELECT body FROM notes ORDER BY id")
		).rows.map((r) => r.body);

	beforeAll(async () => {
		db = await connectPgDatabase(withPassword(PASSWORD), {
			max: 2,
			connectTimeoutMs: 2_000,
		});
		await db.query(
			"CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)",
		);
	});
	afterAll(async () => {
		await db?.close();
	});

	it("tells the user nothing was saved when the connection is cut mid-write, and keeps neither half", async () => {
		const b = bot();
		between = async () => {
			between = undefined;
			const killer = await connectPgDatabase(withPassword(PASSWORD), {
				max: 1,
			});
			try {
				await killer.query(
					"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'onex-bot' AND pid <> pg_backend_pid()",
				);
			} finally {
				await killer.close();
			}
		};
		const first = await say(b, "/note first");
		expect(first, JSON.stringify(b.logger.lines)).toMatch(/^没有保存成功/);
		const logged = JSON.stringify(b.logger.lines);
		expect(logged).toContain("DatabaseUnavailableError");
		expect(logged).not.toContain(PASSWORD);
		// The pool replaced the cut connections: the next message is saved whole.
		expect(await say(b, "/note second")).toBe("saved second");
		expect(await notes()).toEqual(["second a", "second b"]);
	});

	it("says nothing was saved while the server is stopped, and saves again once it is back", async () => {
		const b = bot();
		await cluster.stop();
		try {
			const started = Date.now();
			expect(await say(b, "/note down")).toMatch(/^没有保存成功/);
			// Bounded by the pool's connect timeout, not left hanging.
			expect(Date.now() - started).toBeLessThan(10_000);
		} finally {
			await cluster.start();
		}
		expect(await say(b, "/note back")).toBe("saved back");
		expect(await notes()).toEqual(["second a", "second b", "back a", "back b"]);
	});
});
