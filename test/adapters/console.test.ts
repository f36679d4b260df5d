import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;
let dataDir: string;

beforeAll(async () => {
	dataDir = await mkdtemp(join(tmpdir(), "onex-console-"));
});
afterAll(async () => {
	await rm(dataDir, { recursive: true, force: true });
});

/** Runs the real entry point on a pipe, as `echo … | npm start` would, with a time bound. */
function runBot(
	args: string[],
	input: string,
	env: Record<string, string> = {},
) {
	return new Promise<{ code: number | null; stdout: string; stderr: string }>(
		(resolve, reject) => {
			const child = spawn(
				process.execPath,
				["--import", "tsx", "src/main.ts", ...args],
				{
					cwd: root,
					env: {
						PATH: process.env.PATH ?? "",
						DATA_DIR: dataDir,
						LOG_LEVEL: "warn",
						...env,
					},
					stdio: ["pipe", "pipe", "pipe"],
				},
			);
			let stdout = "";
			let stderr = "";
			child.stdout.on("data", (d: Buffer) => {
				stdout += d.toString("utf8");
			});
			child.stderr.on("data", (d: Buffer) => {
				stderr += d.toString("utf8");
			});
			const timer = setTimeout(() => {
				child.kill("SIGKILL");
				reject(new Error(`bot did not exit; stderr: ${stderr}`));
			}, 30_000);
			child.on("exit", (code) => {
				clearTimeout(timer);
				resolve({ code, stdout, stderr });
			});
			child.stdin.end(input);
		},
	);
}

describe("console adapter on a pipe", () => {
	it("answers each line in order and exits at the end of input", async () => {
		const { code, stdout } = await runBot(
			[],
			"/cert BIM\n/major 510203\n/nosuch\n",
		);
		expect(code).toBe(0);
		const bim = stdout.indexOf("【建筑信息模型（BIM）】");
		const major = stdout.indexOf("【软件技术】");
		const unknown = stdout.indexOf("没有 /nosuch 这个命令");
		expect(bim).toBeGreaterThanOrEqual(0);
		expect(major).toBeGreaterThan(bim);
		expect(unknown).toBeGreaterThan(major);
	});

	it("prints one JSON object per line with --json, as another user, in English", async () => {
		const { code, stdout } = await runBot(
			["--console", "--json", "--user", "alice", "--lang", "en"],
			"/cert BIM\n\n/help\n",
		);
		expect(code).toBe(0);
		const lines = stdout
			.trim()
			.split("\n")
			.map((l) => JSON.parse(l));
		expect(lines).toHaveLength(3);
		expect(lines[0]).toMatchObject({ input: "/cert BIM" });
		expect(lines[0].text).toContain("Organisation (培训评价组织)");
		expect(lines[0].reply.blocks[0]).toEqual({
			type: "heading",
			text: "建筑信息模型（BIM）",
		});
		expect(lines[1].text).toContain("Please type something");
		expect(lines[2].input).toBe("/help");
		const db = JSON.parse(await readFile(join(dataDir, "db.json"), "utf8"));
		expect(db.schemaVersion).toBeGreaterThanOrEqual(1);
	});

	it("stops at start-up with every configuration problem named", async () => {
		const { code, stderr } = await runBot([], "", {
			BOT_TIMEZONE: "Mars/Base",
			REMINDER_TIME: "25:00",
		});
		expect(code).toBe(1);
		expect(stderr).toContain("BOT_TIMEZONE");
		expect(stderr).toContain("REMINDER_TIME");
		expect(stderr).not.toMatch(/\n\s+at /);
	});

	it("refuses a corrupt database without touching it", async () => {
		const dir = await mkdtemp(join(tmpdir(), "onex-corrupt-"));
		const { writeFile } = await import("node:fs/promises");
		await writeFile(join(dir, "db.json"), "{ not json", "utf8");
		const { code, stderr } = await runBot([], "/help\n", { DATA_DIR: dir });
		expect(code).toBe(1);
		expect(stderr).toContain("db.json");
		expect(await readFile(join(dir, "db.json"), "utf8")).toBe("{ not json");
		await rm(dir, { recursive: true, force: true });
	});
});
