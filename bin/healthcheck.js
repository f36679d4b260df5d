// Container health check (`node bin/healthcheck.js`, exit 0 = healthy). In Telegram webhook mode
// it asks the webhook server's GET /healthz; on PostgreSQL (DATABASE_URL) that the database
// answers; otherwise that the bot process still holds its database (`DATA_DIR/db.json.lock`
// names a live process). Reads only the environment; prints nothing (the URL holds a password).
import { readFileSync } from "node:fs";
import { join } from "node:path";

async function healthy() {
	const env = process.env;
	if ((env.TELEGRAM_WEBHOOK_URL ?? "").trim() !== "") {
		const port = (env.TELEGRAM_WEBHOOK_PORT ?? "").trim() || "8080";
		const response = await fetch(`http://127.0.0.1:${port}/healthz`, {
			signal: AbortSignal.timeout(3000),
		});
		return response.status === 200;
	}
	const databaseUrl = (env.DATABASE_URL ?? "").trim();
	if (databaseUrl !== "") {
		// On PostgreSQL there is no lock file: healthy while the database answers.
		const { default: pg } = await import("pg");
		const client = new pg.Client({
			connectionString: databaseUrl,
			connectionTimeoutMillis: 3000,
			application_name: "onex-bot healthcheck",
		});
		try {
			await client.connect();
			await client.query("SELECT 1");
			return true;
		} finally {
			await client.end().catch(() => {});
		}
	}
	const dataDir = (env.DATA_DIR ?? "").trim() || "./data";
	const pid = Number(
		readFileSync(join(dataDir, "db.json.lock"), "utf8").trim(),
	);
	if (!Number.isInteger(pid) || pid <= 0) return false;
	process.kill(pid, 0);
	return true;
}

healthy().then(
	(ok) => process.exit(ok ? 0 : 1),
	() => process.exit(1),
);
