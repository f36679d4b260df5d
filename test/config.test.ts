import { readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";

const example = readFileSync(
	new URL("../.env.example", import.meta.url),
	"utf8",
);

describe("loadConfig", () => {
	it("runs the console bot with defaults when nothing is set", () => {
		const config = loadConfig({});
		expect(config).toMatchObject({
			dataDir: "./data",
			zone: "Asia/Shanghai",
			reminderTime: "08:00",
			backupKeep: 7,
		});
		expect(config.telegram).toBeUndefined();
		expect(config.discord).toBeUndefined();
	});

	it("accepts .env.example as shipped, and documents every variable it reads", () => {
		expect(() => loadConfig(parseEnv(example))).not.toThrow();
		const documented = new Set(
			[...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]),
		);
		const source = readFileSync(
			new URL("../src/config.ts", import.meta.url),
			"utf8",
		);
		const read = [...source.matchAll(/^\t([A-Z][A-Z_]+):/gm)].map((m) => m[1]);
		expect(read.length).toBeGreaterThan(15);
		for (const name of read) expect(documented.has(name), name).toBe(true);
	});

	it("names every problem at once, each with an example of the right form", () => {
		try {
			loadConfig({
				BOT_TIMEZONE: "Asia/Beijing",
				ADMIN_IDS: "bob",
				REMINDER_TIME: "8am",
				TELEGRAM_BOT_TOKEN: "x",
				DISCORD_TOKEN: "y",
				BACKUP_KEEP: "many",
				TELEGRAM_WEBHOOK_HOST: "my-host.example",
				TEACHER_INVITE_CODE: "123456",
			});
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(ConfigError);
			const problems = (error as ConfigError).problems.join("\n");
			expect(problems).toContain(
				"BOT_TIMEZONE: must be an IANA zone such as Asia/Shanghai",
			);
			expect(problems).toContain("ADMIN_IDS");
			expect(problems).toContain("REMINDER_TIME: must be HH:mm such as 08:00");
			expect(problems).toContain("TELEGRAM_BOT_TOKEN");
			expect(problems).toContain("DISCORD_APP_ID: required");
			expect(problems).toContain(
				"BACKUP_KEEP: must be a whole number from 0 to 365",
			);
			expect(problems).toContain(
				"TELEGRAM_WEBHOOK_HOST: must be an IP address to bind, such as 127.0.0.1 or 0.0.0.0",
			);
			expect(problems).toContain(
				"TEACHER_INVITE_CODE: must be at least 8 characters mixing letters and digits",
			);
		}
	});

	it("accepts only invite codes of 8 or more characters mixing letters and digits", () => {
		for (const weak of [
			"abc12",
			"abcdefghij",
			"1234567890",
			"Kx7m P2qa9",
			"一二三四五六七八",
		])
			expect(() => loadConfig({ TEACHER_INVITE_CODE: weak }), weak).toThrow(
				/TEACHER_INVITE_CODE/,
			);
		for (const strong of ["Kx7mP2qa9", "JOIN-2026", "教师2026年加入"])
			expect(
				loadConfig({ TEACHER_INVITE_CODE: strong }).teacherInviteCode,
			).toBe(strong);
		expect(
			loadConfig({ TEACHER_INVITE_CODE: "" }).teacherInviteCode,
		).toBeUndefined();
	});

	it("turns adapters on by their tokens and falls back to HTTPS_PROXY", () => {
		const config = loadConfig({
			TELEGRAM_BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ",
			DISCORD_TOKEN: "abc.def",
			DISCORD_APP_ID: "123456789012",
			HTTPS_PROXY: "http://127.0.0.1:7890",
		});
		expect(config.telegram).toMatchObject({
			proxy: "http://127.0.0.1:7890",
			webhookUrl: undefined,
			webhookHost: "127.0.0.1",
		});
		expect(
			loadConfig({
				TELEGRAM_BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ",
				TELEGRAM_WEBHOOK_HOST: " 0.0.0.0 ",
			}).telegram?.webhookHost,
		).toBe("0.0.0.0");
		expect(config.discord).toMatchObject({
			appId: "123456789012",
			proxy: "http://127.0.0.1:7890",
		});
	});

	it("requires the app id with a Discord token and a secret in webhook mode", () => {
		expect(() => loadConfig({ DISCORD_TOKEN: "abc" })).toThrow(
			/DISCORD_APP_ID/,
		);
		expect(() =>
			loadConfig({
				TELEGRAM_BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ",
				TELEGRAM_WEBHOOK_URL: "https://x.example/hook",
			}),
		).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
	});

	it("selects PostgreSQL by DATABASE_URL with a pool of 10 unless told otherwise", () => {
		expect(loadConfig({}).database).toBeUndefined();
		expect(loadConfig({ DATABASE_URL: " " }).database).toBeUndefined();
		expect(
			loadConfig({ DATABASE_URL: "postgresql://onex:pw@db:5432/onex" })
				.database,
		).toEqual({ url: "postgresql://onex:pw@db:5432/onex", poolSize: 10 });
		expect(
			loadConfig({
				DATABASE_URL: "postgres://onex@db/onex",
				DATABASE_POOL_SIZE: "4",
			}).database?.poolSize,
		).toBe(4);
	});

	it("rejects a DATABASE_URL that is not PostgreSQL without repeating it, and a pool out of range", () => {
		const secret = "Hunter2-secret";
		for (const bad of [
			`mysql://onex:${secret}@db/onex`,
			`postgres://onex:${secret}@[db/onex`,
		]) {
			let problems = "";
			try {
				loadConfig({ DATABASE_URL: bad, DATABASE_POOL_SIZE: "0" });
			} catch (error) {
				problems = (error as ConfigError).message;
			}
			expect(problems).toContain(
				"DATABASE_URL: must be a PostgreSQL URL such as postgres://onex:password@127.0.0.1:5432/onex",
			);
			expect(problems).toContain(
				"DATABASE_POOL_SIZE: must be a whole number from 1 to 100, such as 10",
			);
			expect(problems).not.toContain(secret);
		}
	});
});
