import { request } from "node:http";
import { describe, expect, it } from "vitest";
import {
	closeHarnessesAfterEach,
	type Harness,
	startHarness,
} from "../../helpers/telegram-harness.js";
import { student, textMessage } from "../../helpers/telegram-updates.js";

let h: Harness | undefined;
closeHarnessesAfterEach();

function post(
	port: number,
	body: unknown,
	headers: Record<string, string>,
	method = "POST",
	path = "/telegram",
): Promise<number> {
	return new Promise((resolve, reject) => {
		const req = request(
			{
				host: "127.0.0.1",
				port,
				// A fresh connection each time: a refused request may leave its socket closed.
				agent: false,
				path,
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
			webhookHost: "127.0.0.1",
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

	it("answers GET /healthz with 200 without the secret, and nothing else there", async () => {
		h = await startHarness({
			webhookUrl: "https://bot.example.org/telegram",
			webhookSecret: "s3cret-token_1",
			webhookPort: 0,
			webhookHost: "127.0.0.1",
		});
		const port = h.bot.webhookPort ?? 0;
		expect(await post(port, undefined, {}, "GET", "/healthz")).toBe(200);
		expect(await post(port, undefined, {}, "GET", "/healthz/x")).toBe(405);
		expect(await post(port, { update_id: 1 }, {}, "POST", "/healthz")).toBe(
			401,
		);
	});
});
