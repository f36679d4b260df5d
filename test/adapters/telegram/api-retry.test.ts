import { Api, GrammyError, HttpError } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { retryTransformer } from "../../../src/adapters/telegram/api-retry.js";
import { FakeTelegramApi } from "../../helpers/fake-telegram-api.js";

let fake: FakeTelegramApi;
beforeEach(async () => {
	fake = await FakeTelegramApi.start();
});
afterEach(async () => {
	await fake.close();
});

function api(root = fake.apiRoot, maxDelayMs = 2000): Api {
	const a = new Api(fake.token, { apiRoot: root, timeoutSeconds: 5 });
	a.config.use(
		retryTransformer({ maxAttempts: 3, baseDelayMs: 10, maxDelayMs }),
	);
	return a;
}

describe("outgoing retry transformer", () => {
	it("retries a 5xx a bounded number of times, then throws the API error", async () => {
		fake.failNext(
			"sendMessage",
			{ error_code: 500, description: "Internal Server Error" },
			{ times: 5 },
		);
		await expect(api().sendMessage(1, "x")).rejects.toBeInstanceOf(GrammyError);
		expect(fake.calls.filter((c) => c.method === "sendMessage")).toHaveLength(
			3,
		);
	});

	it("succeeds when the server recovers", async () => {
		fake.failNext(
			"sendMessage",
			{ error_code: 502, description: "Bad Gateway" },
			{ times: 2 },
		);
		await expect(api().sendMessage(1, "x")).resolves.toMatchObject({
			text: "x",
		});
	});

	it("does not wait when 429 asks for longer than the longest wait", async () => {
		fake.failNext("sendMessage", {
			error_code: 429,
			description: "Too Many Requests: retry after 60",
			parameters: { retry_after: 60 },
		});
		const started = Date.now();
		await expect(
			api(fake.apiRoot, 2000).sendMessage(1, "x"),
		).rejects.toMatchObject({ error_code: 429 });
		expect(Date.now() - started).toBeLessThan(1000);
	});

	it("does not retry a 400 (our mistake, retrying cannot help)", async () => {
		await expect(
			api().sendMessage(1, "<b>x", { parse_mode: "HTML" }),
		).rejects.toMatchObject({
			error_code: 400,
		});
		expect(fake.calls).toHaveLength(1);
	});

	it("gives up on an unreachable API after the bounded tries", async () => {
		const root = fake.apiRoot;
		await fake.close();
		const started = Date.now();
		await expect(api(root).getMe()).rejects.toBeInstanceOf(HttpError);
		expect(Date.now() - started).toBeLessThan(3000);
		fake = await FakeTelegramApi.start();
	});
});
