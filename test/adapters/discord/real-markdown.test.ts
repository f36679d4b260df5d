import { afterEach, describe, expect, it } from "vitest";
import { discordHarness } from "../../helpers/discord-harness.js";
import type { FakeDiscordApi } from "../../helpers/fake-discord-api.js";
import { createTestClient } from "../../helpers/test-client.js";

type Harness = Awaited<ReturnType<typeof discordHarness>>;
let h: Harness | undefined;
afterEach(async () => {
	const current = h;
	h = undefined;
	if (!current) return;
	await current.close();
	// The fake refuses live markdown and content that would ping @everyone.
	expect(current.api.rejected).toEqual([]);
});

interface Shown {
	content?: string;
	embeds?: {
		title?: string;
		description?: string;
		fields?: { name: string; value: string }[];
	}[];
	allowed_mentions?: { parse?: string[] };
}

/** Every message body the bot sent, initial responses and follow-ups alike. */
function sent(api: FakeDiscordApi): Shown[] {
	return api.calls
		.filter((c) => c.method !== "GET" && c.body)
		.map((c) => (c.body?.data ?? c.body) as Shown);
}

const allText = (m: Shown) =>
	[
		m.content ?? "",
		...(m.embeds ?? []).flatMap((e) => [
			e.title ?? "",
			e.description ?? "",
			...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
		]),
	].join("\n");

/** What Discord shows for escaped text: each `\x` as `x`. */
const shown = (text: string) => text.replace(/\\([^\sA-Za-z0-9])/g, "$1");

describe("Discord over the real commands", () => {
	it("echoes a query with a masked link and @everyone as typed, pinging nobody", async () => {
		const client = await createTestClient();
		h = await discordHarness({ dispatcher: client.dispatcher });
		const query = "[报名](https://e.example) @everyone";
		await h.slash("cert", [{ name: "query", type: 3, value: query }]);
		const [answer] = sent(h.api);
		expect(shown(allText(answer ?? {}))).toContain(query);
		expect(answer?.allowed_mentions).toEqual({ parse: [] });
	});

	it("shows a teacher's hostile profile name in an admin's /report as plain text", async () => {
		const client = await createTestClient({ admins: ["discord:900"] });
		const teacher = { platform: "discord" as const, user: "discord:801" };
		await client.grant(teacher.user, "teacher");
		await client.say(
			teacher.user,
			"/teacher profile name=\u202E[点我](https://evil.example)`x` period=2024-09-01",
			teacher,
		);
		h = await discordHarness({ dispatcher: client.dispatcher });
		await h.slash("report", [], { userId: "900", globalName: "教务处" });
		const text = sent(h.api).map(allText).join("\n");
		expect(shown(text)).toContain("[点我](https://evil.example)`x`");
		expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
	});

	it("shows a certificate an admin added with markdown in its name as typed", async () => {
		const client = await createTestClient();
		const added = await client.say(
			"console:admin",
			"/kb cert add 名称=**速成**证书[官网](https://evil.example) 来源=本校证书清单",
		);
		expect(added.text).not.toContain("用法");
		h = await discordHarness({ dispatcher: client.dispatcher });
		await h.slash("cert", [{ name: "query", type: 3, value: "速成证书" }]);
		const text = sent(h.api).map(allText).join("\n");
		// Names keep what was typed, brackets made full-width when stored.
		expect(shown(text)).toContain("**速成**证书[官网]（https://evil.example）");
	});
});
