import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
	buildMenus,
	fileHashStore,
	publishMenu,
} from "../../../src/adapters/telegram/menu.js";
import { defineCommand } from "../../../src/core/command.js";
import { Registry } from "../../../src/core/registry.js";
import { reply } from "../../../src/core/reply.js";
import { FakeTelegramApi } from "../../helpers/fake-telegram-api.js";
import { telegramTestCommands } from "../../helpers/telegram-test-commands.js";

let fake: FakeTelegramApi;
let dir: string;
beforeEach(async () => {
	fake = await FakeTelegramApi.start();
	dir = await mkdtemp(join(tmpdir(), "onex-menu-"));
});
afterEach(async () => {
	await fake.close();
	await rm(dir, { recursive: true, force: true });
});

describe("Telegram command menu", () => {
	it("builds Chinese and English menus that Telegram accepts, leaving out hidden commands", () => {
		const menus = buildMenus(new Registry(telegramTestCommands));
		expect(menus.zh.map((c) => c.command)).toEqual([
			"cert",
			"exam",
			"long",
			"progress",
			"export",
			"calendar",
			"ask",
		]);
		// Groups: nothing answered only in private; teachers and admins see their own commands.
		const group = buildMenus(new Registry(telegramTestCommands), "group");
		expect(group.zh.map((c) => c.command)).toEqual([
			"cert",
			"exam",
			"long",
			"calendar",
			"ask",
		]);
		const teacher = buildMenus(new Registry(telegramTestCommands), "teacher");
		expect(teacher.zh.map((c) => c.command)).toContain("note");
		expect(teacher.zh.map((c) => c.command)).not.toContain("audit");
		const admin = buildMenus(new Registry(telegramTestCommands), "admin");
		expect(admin.en.map((c) => c.command)).toEqual(
			expect.arrayContaining(["note", "audit", "cert"]),
		);
		expect(menus.zh[0]?.description).toBe("1+X 证书助手");
		expect(menus.en[0]?.description).toBe("1+X certificate assistant");
	});

	it("leaves out names Telegram refuses", () => {
		const odd = defineCommand({
			name: "Bad-Name",
			summary: "help.title",
			examples: [],
			run: () => reply([]),
		});
		expect(buildMenus(new Registry([odd])).zh).toEqual([]);
	});

	it("publishes only when the menu changed, remembering it in a file", async () => {
		const api = new Api(fake.token, { apiRoot: fake.apiRoot });
		const store = fileHashStore(join(dir, "state", "telegram-menu.sha256"));
		const registry = new Registry(telegramTestCommands);
		expect(await publishMenu(api, 1, registry, store)).toBe("published");
		expect(await publishMenu(api, 1, registry, store)).toBe("unchanged");
		// Private chats (default scope) and groups, each in the default language, zh and en.
		expect(fake.accepted("setMyCommands")).toHaveLength(6);

		const fewer = new Registry(telegramTestCommands.slice(0, 2));
		expect(await publishMenu(api, 1, fewer, store)).toBe("published");
		// Another bot (token) with the same data directory publishes its own menu.
		expect(await publishMenu(api, 2, fewer, store)).toBe("published");
		expect(fake.accepted("setMyCommands")).toHaveLength(18);
		expect(fake.rejections()).toEqual([]);
	});
});
