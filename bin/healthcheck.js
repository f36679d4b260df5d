// Container health check (`node bin/healthcheck.js`, exit 0 = healthy). In Telegram webhook mode
// it asks the webhook server's GET /healthz; otherwise it checks that the bot process still
// holds its database (`DATA_DIR/db.json.lock` names a live process). Reads only the environment.
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
