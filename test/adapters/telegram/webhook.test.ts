import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../../helpers/telegram-harness.js";
import { student, textMessage } from "../../helpers/telegram-updates.js";

let h: Harness | undefined;
afterEach(async () => {
	await h?.close();
	h = undefined;
});

function post(
	port: number,
	body: unknown,
	headers: Record<string, string>,
	method = "POST",
): Promise<number> {
	return new Promise((resolve, reject) => {
		const req = request(
			{
				host: "127.0.0.1",
				port,
				// A fresh connection each time: a refused request may leave its socket closed.
				agent: false,
				path: "/telegram",
				method,
				headers: { "content-type": "application/json", ...headers },
			},
			(res) => {
				res.resume();
				res.on("end", () => resolve(res.statusCode ?? 0));
			},
		);
		req.on("error", reject);
		req.end(JSON.stringify(body));
	});
}

describe("Telegram webhook mode", () => {
	it("registers the webhook with its secret and accepts only requests that carry it", async () => {
		h = await startHarness({
			webhookUrl: "https://bot.example.org/telegram",
			webhookSecret: "s3cret-token_1",
			webhookPort: 0,
		});
		const [setWebhook] = h.fake.accepted("setWebhook");
		expect(setWebhook?.payload).toMatchObject({
			url: "https://bot.example.org/telegram",
			secret_token: "s3cret-token_1",
		});
		expect(h.fake.accepted("getUpdates")).toEqual([]);
		const port = h.bot.webhookPort ?? 0;
		const update = {
			update_id: 1,
			message: textMessage(student, "/exam 前端"),
		};

		expect(await post(port, update, {})).toBe(401);
		expect(
			await post(port, update, { "x-telegram-bot-api-secret-token": "wrong" }),
		).toBe(401);
		expect(await post(port, update, {}, "GET")).toBe(405);
		expect(h.fake.accepted("sendMessage")).toEqual([]);

		expect(
			await post(port, update, {
				"x-telegram-bot-api-secret-token": "s3cret-token_1",
			}),
		).toBe(200);
		expect(h.fake.textsTo(student.id)).toHaveLength(1);
	});
});
