import { describe, expect, it } from "vitest";
import { translator } from "../../../src/core/i18n.js";
import {
	closeHarnessesAfterEach,
	type Harness,
	startHarness,
} from "../../helpers/telegram-harness.js";
import { visible } from "../../helpers/telegram-html-check.js";
import {
	GROUP_ID,
	teacher,
	textMessage,
} from "../../helpers/telegram-updates.js";
import { createTestClient } from "../../helpers/test-client.js";

let h: Harness | undefined;
closeHarnessesAfterEach();

const zh = translator("zh-CN");

/** The payload of the Start button on the group's last note. */
function startPayload(harness: Harness): string {
	const note = harness.fake.accepted("sendMessage", GROUP_ID).at(-1);
	const markup = note?.payload.reply_markup as
		| { inline_keyboard: { url: string }[][] }
		| undefined;
	const url = markup?.inline_keyboard[0]?.[0]?.url ?? "";
	const m = /^https:\/\/t\.me\/OnexTestBot\?start=([A-Za-z0-9_-]{1,64})$/.exec(
		url,
	);
	if (!m?.[1]) throw new Error(`no start link: ${url}`);
	return m[1];
}

describe("Telegram deep links over the real commands", () => {
	it("re-runs a personal read asked in words in a group, once the user presses Start", async () => {
		const client = await createTestClient();
		await client.grant(`telegram:${teacher.id}`, "teacher");
		h = await startHarness({}, { dispatcher: client.dispatcher });
		await h.send(
			textMessage(teacher, "/teacher profile name=李老师 period=2024-09-01"),
		);
		h.fake.forbid(teacher.id);
		await h.send(
			textMessage(teacher, "@OnexTestBot 我的进度", { group: true }),
		);
		expect(visible(String(h.fake.textsTo(GROUP_ID).at(-1)))).toBe(
			zh("telegram.private_start_needed"),
		);
		const payload = startPayload(h);

		await h.send(textMessage(teacher, `/start ${payload}`));
		const answer = visible(h.fake.textsTo(teacher.id).at(-1) ?? "");
		expect(answer).not.toBe(zh("telegram.link_invalid"));
		expect(answer).toContain("企业实践");
		expect(h.fake.rejections()).toEqual([]);
	});
});
