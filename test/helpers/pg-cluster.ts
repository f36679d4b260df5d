import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chown, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * The folder holding `initdb`, `pg_ctl` and `postgres`: on the PATH, or Debian's
 * `/usr/lib/postgresql/<version>/bin` (the newest), which `apt-get install postgresql` leaves
 * off the PATH. `undefined` when PostgreSQL is not installed.
 */
export function findPgBin(): string | undefined {
	for (const dir of (process.env.PATH ?? "").split(":"))
		if (
			dir &&
			existsSync(join(dir, "initdb")) &&
			existsSync(join(dir, "pg_ctl"))
		)
			return dir;
	const root = "/usr/lib/postgresql";
	if (!existsSync(root)) return undefined;
	const versions = readdirSync(root)
		.filter((v) => existsSync(join(root, v, "bin", "initdb")))
		.sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
	return versions[0] ? join(root, versions[0], "bin") : undefined;
}

/** A port nobody listens on right now, on loopback. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once("error", reject);
		server.listen(0, "127.0.0.1", () => {
			const address = server.address();
			const port = typeof address === "object" && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/** A throw-away PostgreSQL server on loopback, in a temporary folder of its own. */
export interface Cluster {
	/** `postgres://onex[:password]@127.0.0.1:<port>/postgres`. */
	url: string;
	port: number;
	dir: string;
	/** Stops the server (fast shutdown: open connections are cut), keeping its files. */
	stop(): Promise<void>;
	/** Starts it again on the same port. */
	start(): Promise<void>;
	/** Stops it if running and deletes its folder. */
	remove(): Promise<void>;
}

/**
 * initdb + pg_ctl start in a new temporary folder on a random free port, as a non-root user
 * (`postgres` when this runs as root; PostgreSQL refuses to run as root). With `password`, the
 * server asks every client for it (scram-sha-256); otherwise loopback clients are trusted.
 */
export async function startCluster(
	bin: string,
	options: { password?: string } = {},
): Promise<Cluster> {
	const dir = await mkdtemp(join(tmpdir(), "onex-pg-"));
	try {
		return await initAndStart(bin, dir, options);
	} catch (error) {
		await rm(dir, { recursive: true, force: true });
		throw error;
	}
}

async function initAndStart(
	bin: string,
	dir: string,
	options: { password?: string },
): Promise<Cluster> {
	const data = join(dir, "data");
	const asRoot = process.getuid?.() === 0;
	const as = async (file: string, args: string[]) => {
		const command = join(bin, file);
		return asRoot
			? // From /, which postgres may enter whatever the test's working directory.
				run("runuser", ["-u", "postgres", "--", command, ...args], { cwd: "/" })
			: run(command, args);
	};
	if (asRoot) {
		const { stdout } = await run("id", ["-u", "postgres"]);
		const { stdout: gid } = await run("id", ["-g", "postgres"]);
		await chown(dir, Number(stdout.trim()), Number(gid.trim()));
	}
	const auth = ["--auth=trust"];
	if (options.password !== undefined) {
		const pwfile = join(dir, "pw");
		await writeFile(pwfile, `${options.password}\n`, { mode: 0o644 });
		auth.splice(0, 1, "--auth=scram-sha-256", `--pwfile=${pwfile}`);
	}
	await as("initdb", [
		"-D",
		data,
		"-U",
		"onex",
		"-E",
		"UTF8",
		"--locale=C",
		"--no-sync",
		...auth,
	]);
	const port = await freePort();
	const start = async () => {
		await as("pg_ctl", [
			"-D",
			data,
			"-l",
			join(dir, "server.log"),
			"-w",
			"-t",
			"60",
			"-o",
			`-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
			"start",
		]);
	};
	let running = false;
	const cluster: Cluster = {
		url: `postgres://onex${options.password !== undefined ? `:${encodeURIComponent(options.password)}` : ""}@127.0.0.1:${port}/postgres`,
		port,
		dir,
		async stop() {
			await as("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
			running = false;
		},
		async start() {
			await start();
			running = true;
		},
		async remove() {
			if (running) await cluster.stop().catch(() => {});
			await rm(dir, { recursive: true, force: true });
		},
	};
	await cluster.start();
	return cluster;
}
