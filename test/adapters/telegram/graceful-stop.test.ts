import { describe, expect, it } from "vitest";
import {
	closeHarnessesAfterEach,
	type Harness,
	startHarness,
} from "../../helpers/telegram-harness.js";
import { visible } from "../../helpers/telegram-html-check.js";
import { slowCommand } from "../../helpers/telegram-test-commands.js";
import {
	student,
	teacher,
	textMessage,
} from "../../helpers/telegram-updates.js";

let h: Harness | undefined;
closeHarnessesAfterEach();

describe("stopping the Telegram runner", () => {
	it("answers every fetched update, also those queued behind a slow one in the same chat, then confirms them", async () => {
		h = await startHarness();
		const pushed = [
			h.fake.pushUpdate({ message: textMessage(student, "/slow") } as never),
			h.fake.pushUpdate({
				message: textMessage(student, "/exam 排队一"),
			} as never),
			h.fake.pushUpdate({
				message: textMessage(student, "/exam 排队二"),
			} as never),
			h.fake.pushUpdate({
				message: textMessage(teacher, "/exam 别的聊天"),
			} as never),
		];
		await h.fake.waitFor(() => slowCommand.running);
		await h.bot.stop();
		// Nothing was left half done: the queued ones ran after the slow one, in order.
		expect(h.fake.textsTo(student.id).map(visible)).toEqual([
			"完成",
			"考试：排队一 2026-12-12",
			"考试：排队二 2026-12-12",
		]);
		expect(h.fake.textsTo(teacher.id).map(visible)).toEqual([
			"考试：别的聊天 2026-12-12",
		]);
		const polls = h.fake.calls.filter((c) => c.method === "getUpdates");
		const last = Math.max(...pushed.map((u) => u.update_id));
		expect(Number(polls.at(-1)?.payload.offset)).toBe(last + 1);
		expect(h.fake.rejections()).toEqual([]);
	});
});
