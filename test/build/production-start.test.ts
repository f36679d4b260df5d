import { execFile, spawn } from "node:child_process";
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	renameSync,
	rmSync,
	writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translator } from "../../src/core/i18n.js";
import { FakeTelegramApi } from "../helpers/fake-telegram-api.js";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));
let app: string;

/**
 * Production dependencies into `dir` without the network: `npm ci --omit=dev --offline` from
 * the npm cache when that has everything, else a copy of exactly the production packages this
 * checkout has installed (as `npm ls --omit=dev` lists them).
 */
async function installProduction(dir: string): Promise<void> {
	try {
		await run(
			"npm",
			[
				"ci",
				"--omit=dev",
				"--offline",
				"--ignore-scripts",
				"--no-audit",
				"--no-fund",
			],
			{ cwd: dir, timeout: 90_000 },
		);
		return;
	} catch {
		rmSync(join(dir, "node_modules"), { recursive: true, force: true });
	}
	const { stdout } = await run(
		"npm",
		["ls", "--omit=dev", "--all", "--parseable"],
		{ cwd: root, maxBuffer: 8 * 1024 * 1024 },
	);
	for (const path of stdout.split("\n").filter(Boolean)) {
		const inside = relative(root, path);
		if (!inside.startsWith("node_modules")) continue;
		cpSync(path, join(dir, inside), { recursive: true });
	}
}

/** Runs the compiled bot with `input` on stdin; resolves with its output once it exits. */
function startCompiled(
	input: string,
	env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn("node", ["bin/start.js"], {
			cwd: app,
			env: {
				PATH: process.env.PATH ?? "",
				DATA_DIR: join(app, "data"),
				LOG_LEVEL: "warn",
				...env,
			},
		});
		let stdout = "";
		let stderr = "";
		child.stdout.on("data", (chunk) => {
			stdout += chunk;
		});
		child.stderr.on("data", (chunk) => {
			stderr += chunk;
		});
		const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
		child.on("error", reject);
		child.on("exit", (code) => {
			clearTimeout(timer);
			resolve({ code, stdout, stderr });
		});
		child.stdin.end(input);
	});
}

/** A port that was free a moment ago (the webhook port must be 1–65535, not 0). */
function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer().listen(0, "127.0.0.1", () => {
			const address = server.address();
			const port = typeof address === "object" && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

beforeAll(async () => {
	app = mkdtempSync(join(tmpdir(), "onex-prod-"));
	await run(
		"node",
		[
			join(root, "node_modules", "typescript", "bin", "tsc"),
			"-p",
			"tsconfig.build.json",
			"--outDir",
			join(app, "dist"),
		],
		{ cwd: root, timeout: 150_000 },
	);
	for (const item of ["package.json", "package-lock.json", "bin", "knowledge"])
		cpSync(join(root, item), join(app, item), { recursive: true });
	mkdirSync(join(app, "data"));
	await installProduction(app);
}, 240_000);

afterAll(() => {
	if (app) rmSync(app, { recursive: true, force: true });
});

describe("the compiled bot with production dependencies only", () => {
	it("has no TypeScript, tsx or sources to lean on", () => {
		expect(existsSync(join(app, "dist", "src", "main.js"))).toBe(true);
		for (const missing of [
			"src",
			"node_modules/tsx",
			"node_modules/typescript",
			"node_modules/vitest",
		])
			expect(existsSync(join(app, missing)), missing).toBe(false);
		expect(existsSync(join(app, "node_modules", "grammy"))).toBe(true);
	});

	it("answers the console from dist/ and finds the knowledge files", async () => {
		const result = await startCompiled("/help\n/about\n");
		expect(result.stderr).toBe("");
		expect(result.code).toBe(0);
		const t = translator("zh-CN");
		expect(result.stdout).toContain(t("help.title"));
		expect(result.stdout).toContain(t("about.title"));
	});

	it("says so and still starts when the sources are newer than the build and tsx is missing", async () => {
		mkdirSync(join(app, "src"));
		writeFileSync(join(app, "src", "edited.ts"), "export {};\n");
		try {
			const result = await startCompiled("/help\n");
			expect(result.stderr).toContain("dist/ is older than the sources");
			expect(result.stdout).toContain(translator("zh-CN")("help.title"));
		} finally {
			rmSync(join(app, "src"), { recursive: true, force: true });
		}
	});

	it("runs the scripts from dist/ too (npm run reminders)", async () => {
		const { stdout } = await run(
			"node",
			[
				"bin/run-script.js",
				"reminders",
				"--at",
				"2026-12-01T00:00:00Z",
				"--dry-run",
			],
			{
				cwd: app,
				env: { PATH: process.env.PATH ?? "", DATA_DIR: join(app, "data") },
				timeout: 20_000,
			},
		);
		expect(stdout).toContain("2026-12-01T00:00:00.000Z");
		expect(stdout).toContain("dry run");
	});

	it("loads grammY only for Telegram: serves /healthz in webhook mode, as the health check sees", async () => {
		const fake = await FakeTelegramApi.start();
		const port = await freePort();
		const env = {
			PATH: process.env.PATH ?? "",
			DATA_DIR: join(app, "data"),
			LOG_LEVEL: "info",
			TELEGRAM_BOT_TOKEN: fake.token,
			TELEGRAM_API_ROOT: fake.apiRoot,
			TELEGRAM_WEBHOOK_URL: "https://bot.example.org/telegram",
			TELEGRAM_WEBHOOK_SECRET: "s3cret",
			TELEGRAM_WEBHOOK_PORT: String(port),
			TELEGRAM_WEBHOOK_HOST: "127.0.0.1",
		};
		const healthcheck = () =>
			run("node", ["bin/healthcheck.js"], { cwd: app, env }).then(
				() => 0,
				(error: { code?: number }) => error.code ?? -1,
			);
		expect(await healthcheck()).toBe(1);
		const child = spawn("node", ["bin/start.js"], {
			cwd: app,
			env,
			stdio: ["ignore", "ignore", "pipe"],
		});
		try {
			await new Promise<void>((resolve, reject) => {
				let log = "";
				const timer = setTimeout(
					() => reject(new Error(`no webhook line in:\n${log}`)),
					20_000,
				);
				child.stderr.on("data", (chunk) => {
					log += chunk;
					if (log.includes('"message":"telegram webhook listening"')) {
						clearTimeout(timer);
						resolve();
					}
				});
				child.on("exit", () => reject(new Error(`exited:\n${log}`)));
			});
			const health = await fetch(`http://127.0.0.1:${port}/healthz`);
			expect(health.status).toBe(200);
			expect(fake.accepted("setWebhook")).toHaveLength(1);
			// What the Dockerfile's HEALTHCHECK runs.
			expect(await healthcheck()).toBe(0);
		} finally {
			child.kill("SIGTERM");
			await new Promise((resolve) => child.once("exit", resolve));
			await fake.close();
		}
	});

	it("starts the console without discord.js or grammY installed", async () => {
		const moved: [string, string][] = ["discord.js", "grammy"].map((name) => [
			join(app, "node_modules", name),
			join(app, `hidden-${name}`),
		]);
		for (const [from, to] of moved) renameSync(from, to);
		try {
			const result = await startCompiled("/help\n");
			expect(result.stderr).toBe("");
			expect(result.stdout).toContain(translator("zh-CN")("help.title"));
		} finally {
			for (const [from, to] of moved) renameSync(to, from);
		}
	});
});
