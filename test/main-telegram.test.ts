import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeTelegramApi } from "./helpers/fake-telegram-api.js";
import {
	GROUP_ID,
	student,
	teacher,
	textMessage,
} from "./helpers/telegram-updates.js";

const root = new URL("..", import.meta.url).pathname;
let fake: FakeTelegramApi;
let dataDir: string;
let child: ChildProcess;
let stderr = "";

function exited(proc: ChildProcess, ms: number): Promise<number | null> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error(`bot did not stop; stderr: ${stderr}`)),
			ms,
		);
		proc.once("exit", (code) => {
			clearTimeout(timer);
			resolve(code);
		});
	});
}

beforeAll(async () => {
	fake = await FakeTelegramApi.start();
	dataDir = await mkdtemp(join(tmpdir(), "onex-main-tg-"));
	child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
		cwd: root,
		env: {
			PATH: process.env.PATH ?? "",
			DATA_DIR: dataDir,
			LOG_LEVEL: "warn",
			TELEGRAM_BOT_TOKEN: fake.token,
			TELEGRAM_API_ROOT: fake.apiRoot,
			TEACHER_INVITE_CODE: "JOIN-2026",
		},
		stdio: ["ignore", "pipe", "pipe"],
	});
	child.stderr?.on("data", (d: Buffer) => {
		stderr += d.toString("utf8");
	});
	// The menu goes out in three languages (default, zh, en) before polling starts.
	await fake.waitFor(() => fake.accepted("setMyCommands").length >= 3, 30_000);
});

afterAll(async () => {
	if (child.exitCode === null) child.kill("SIGKILL");
	await fake.close();
	await rm(dataDir, { recursive: true, force: true });
});

describe("npm start with a Telegram token", () => {
	it("publishes the command menu and answers a student through the real Bot API calls", async () => {
		const menus = fake
			.accepted("setMyCommands")
			.map((c) => c.payload.language_code ?? "default");
		expect(menus).toEqual(expect.arrayContaining(["default", "zh", "en"]));
		fake.pushUpdate({
			message: textMessage(student, "/cert BIM"),
		} as Parameters<typeof fake.pushUpdate>[0]);
		await fake.waitFor(() => fake.textsTo(student.id).length >= 1, 15_000);
		expect(fake.textsTo(student.id)[0]).toContain("<b>建筑信息模型（BIM）</b>");
	});

	it("keeps a teacher's records out of the group and stops cleanly on SIGTERM", async () => {
		fake.pushUpdate({
			message: textMessage(teacher, "/teacher join JOIN-2026"),
		} as Parameters<typeof fake.pushUpdate>[0]);
		await fake.waitFor(() => fake.textsTo(teacher.id).length >= 1, 15_000);
		fake.pushUpdate({
			message: textMessage(teacher, "/progress", { group: true }),
		} as Parameters<typeof fake.pushUpdate>[0]);
		await fake.waitFor(
			() =>
				fake.textsTo(teacher.id).length >= 2 &&
				fake.textsTo(GROUP_ID).length >= 1,
			15_000,
		);
		expect(fake.textsTo(teacher.id)[1]).toContain("考核周期");
		expect(fake.textsTo(GROUP_ID).join("\n")).not.toContain("考核周期");
		expect(fake.rejections()).toEqual([]);
		child.kill("SIGTERM");
		expect(await exited(child, 40_000)).toBe(0);
	}, 60_000);
});
