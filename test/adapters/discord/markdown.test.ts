import { PermissionFlagsBits, REST } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { commands } from "../../../commands/index.js";
import { escapeMarkdown } from "../../../src/adapters/discord/escape.js";
import { registerCommands } from "../../../src/adapters/discord/register.js";
import { buildSlashCommands } from "../../../src/adapters/discord/slash-commands.js";
import { Registry } from "../../../src/core/registry.js";
import { discordHarness } from "../../helpers/discord-harness.js";
import { ADMIN } from "../../helpers/discord-test-commands.js";
import {
	FakeDiscordApi,
	liveMarkdown,
} from "../../helpers/fake-discord-api.js";

type Harness = Awaited<ReturnType<typeof discordHarness>>;
let h: Harness | undefined;
afterEach(async () => {
	const current = h;
	h = undefined;
	if (!current) return;
	await current.close();
	// The fake refuses any payload with live markdown in content or embeds.
	expect(current.api.rejected).toEqual([]);
});

interface Body {
	data: {
		content?: string;
		embeds?: {
			title?: string;
			description?: string;
			fields?: { name: string; value: string }[];
		}[];
		choices?: { name: string; value: string }[];
	};
}
const bodies = (api: FakeDiscordApi) =>
	api.callsTo(/^POST \/interactions\//).map((c) => c.body as unknown as Body);

/** What Discord shows for escaped text: each `\x` as `x`. */
const shown = (text: string) => text.replace(/\\([^\sA-Za-z0-9])/g, "$1");

const HOSTILE = [
	"[教务处报名入口](https://evil.example/login)",
	"`` ` **粗体** `` `<@123>` ||剧透|| ~~删~~ __下__",
	"# 标题\n> 引用\n- 列表\n1. 第一\n-# 小字",
	"\\[还是链接](https://evil.example/x) \\`",
];

describe("Discord markdown from users", () => {
	it("echoes masked links, code-span breakouts and mentions as typed text, never as markdown", async () => {
		h = await discordHarness();
		for (const words of HOSTILE) {
			await h.slash("echo", [{ name: "words", type: 3, value: words }]);
			await h.slash("whois", [{ name: "words", type: 3, value: words }]);
		}
		const all = bodies(h.api);
		expect(all).toHaveLength(HOSTILE.length * 2);
		HOSTILE.forEach((words, i) => {
			const echo = all[i * 2]?.data.content ?? "";
			expect(shown(echo)).toBe(`小明：没有找到与「${words}」相符的证书`);
			const card = all[i * 2 + 1]?.data.embeds?.[0];
			expect(shown(card?.title ?? "")).toBe(`小明 ${words}`.slice(0, 256));
			expect(shown(card?.fields?.[0]?.value ?? "")).toBe(words);
		});
	});

	it("keeps bare links clickable and escapes nothing inside them", () => {
		const url = "https://vslc.ncb.edu.cn/path_with_underscores?q=a*b";
		expect(escapeMarkdown(`来源：${url} (官方)`)).toBe(
			`来源：${url} \\(官方\\)`,
		);
		expect(liveMarkdown(escapeMarkdown(HOSTILE.join("\n")))).toBeUndefined();
		// Text stored before names were cleaned cannot reorder what follows it.
		expect(escapeMarkdown("\u202E王五\u2066x\u2069")).toBe("王五x");
	});

	it("stores a 1,000-character display name with RTL overrides cleaned and cut", async () => {
		h = await discordHarness();
		const name = `\u202E${"管理员".repeat(300)}\u2066[点我](https://evil.example)\u2069${"x".repeat(100)}`;
		await h.slash("echo", [{ name: "words", type: 3, value: "\u202Dabc" }], {
			globalName: name,
		});
		const content = shown(bodies(h.api)[0]?.data.content ?? "");
		const [who, rest] = content.split("：");
		expect(who).toBe("管理员".repeat(300).slice(0, 64));
		expect(rest).toBe("没有找到与「abc」相符的证书");
		expect(content).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
	});
});

describe("Discord command permissions", () => {
	it("registers admin commands for managers only and sets contexts and install types on all", async () => {
		const api = new FakeDiscordApi();
		const root = await api.start();
		try {
			const rest = new REST({ api: root, retries: 0, timeout: 2000 }).setToken(
				"x",
			);
			const json = buildSlashCommands(new Registry(commands));
			await registerCommands({
				rest,
				appId: "111",
				guildId: "222",
				commands: json,
			});
			const stored = (api.commandSets.get(
				"applications/111/guilds/222/commands",
			) ?? []) as {
				name: string;
				default_member_permissions: string | null;
				contexts: number[] | null;
				integration_types: number[];
			}[];
			const admin = new Set(
				commands.filter((c) => c.access === "admin").map((c) => c.name),
			);
			expect(admin.size).toBeGreaterThan(0);
			expect(stored).toHaveLength(json.length);
			for (const c of stored) {
				expect(c.integration_types, c.name).toEqual([0]);
				if (admin.has(c.name)) {
					expect(c.default_member_permissions, c.name).toBe(
						String(PermissionFlagsBits.ManageGuild),
					);
					expect(c.contexts, c.name).toEqual([0]);
				} else {
					expect(c.default_member_permissions, c.name).toBeNull();
					expect(c.contexts, c.name).toEqual([0, 1]);
				}
			}
		} finally {
			await api.close();
		}
	});

	it("never offers a command in autocomplete that the user cannot run", async () => {
		h = await discordHarness();
		const focused = [{ name: "command", type: 3, value: "", focused: true }];
		await h.autocomplete("manual", focused);
		await h.autocomplete("manual", focused, { userId: ADMIN.slice(8) });
		const [student, admin] = bodies(h.api).map((b) =>
			(b.data.choices ?? []).map((c) => c.value),
		);
		expect(student).toContain("cert");
		expect(student).not.toContain("audit");
		expect(student).not.toContain("progress");
		expect(admin).toEqual(
			expect.arrayContaining(["audit", "progress", "cert"]),
		);
	});
});
