import { describe, expect, it } from "vitest";
import {
	createDeepLinks,
	MAX_PAYLOAD,
	sharedPayload,
	startUrl,
} from "../../../src/adapters/telegram/deep-links.js";
import { reply, text } from "../../../src/core/reply.js";

const TOKEN = "123456:TEST-abcdefghijklmnopqrstuvwxyz";
const HOUR = 60 * 60 * 1000;

function linksAt(clock: { t: number }, secret = TOKEN) {
	return createDeepLinks({ secret, now: () => clock.t });
}

describe("Telegram deep-link payloads", () => {
	it("fit Telegram's 64 characters of A-Za-z0-9_- and re-run a read for whoever opens them", () => {
		const clock = { t: Date.UTC(2026, 11, 1) };
		const links = linksAt(clock);
		const payload = links.forRead("/records 2026");
		expect(payload).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
		expect(links.open(payload ?? "", 501)).toEqual({
			kind: "run",
			text: "/records 2026",
		});
		// A read is the same command for anyone; it runs as the one who opened it.
		expect(links.open(payload ?? "", 777).kind).toBe("run");
		// A command too long for 64 characters gets no read link (the reply is kept instead).
		expect(links.forRead(`/ask ${"企业实践".repeat(10)}`)).toBeUndefined();
	});

	it("shows a kept reply once, only to the user it was for", () => {
		const clock = { t: Date.UTC(2026, 11, 1) };
		const links = linksAt(clock);
		const kept = reply([text("已保存：#2")], { private: true });
		const payload = links.forReply(501, kept);
		expect(payload.length).toBeLessThanOrEqual(MAX_PAYLOAD);
		expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(links.open(payload, 999)).toEqual({ kind: "not_yours" });
		expect(links.open(payload, 501)).toEqual({ kind: "reply", reply: kept });
		expect(links.open(payload, 501)).toEqual({ kind: "expired" });
	});

	it("refuses forged, altered, too long and empty payloads, and another bot's", () => {
		const clock = { t: Date.UTC(2026, 11, 1) };
		const links = linksAt(clock);
		const good = links.forRead("/progress") ?? "";
		const flipped = `${good.slice(0, 9)}${good[9] === "A" ? "B" : "A"}${good.slice(10)}`;
		const otherBot = linksAt(clock, "654321:OTHER-abcdefghijklmnopqrstuvwxyz");
		const forged = `r${good.slice(1, 18)}${Buffer.from("/delete 1").toString("base64url")}`;
		for (const bad of [
			flipped,
			forged,
			otherBot.forRead("/progress") ?? "",
			"x".repeat(65),
			`${good}!`,
			"r",
			"",
			"cert_../../etc",
			"cert_",
			"exam_C070 2024",
			"__proto__",
			"constructor_x",
		])
			expect(links.open(bad, 501), bad).toEqual({ kind: "invalid" });
	});

	it("expires after a day, also across a restart, and keeps nothing past its limit", () => {
		const clock = { t: Date.UTC(2026, 11, 1) };
		const links = linksAt(clock);
		const read = links.forRead("/progress") ?? "";
		const kept = links.forReply(501, reply([text("已保存")]));
		clock.t += 23 * HOUR;
		expect(links.open(read, 501).kind).toBe("run");
		clock.t += 2 * HOUR;
		expect(links.open(read, 501)).toEqual({ kind: "expired" });
		expect(links.open(kept, 501)).toEqual({ kind: "expired" });

		// A restarted process still runs signed reads but no longer has kept replies.
		clock.t = Date.UTC(2026, 11, 2);
		const before = linksAt(clock);
		const read2 = before.forRead("/progress") ?? "";
		const kept2 = before.forReply(501, reply([text("已保存")]));
		const after = linksAt(clock);
		expect(after.open(read2, 501).kind).toBe("run");
		expect(after.open(kept2, 501)).toEqual({ kind: "expired" });

		const small = createDeepLinks({ secret: TOKEN, maxStored: 2 });
		const first = small.forReply(1, reply([text("1")]));
		small.forReply(1, reply([text("2")]));
		small.forReply(1, reply([text("3")]));
		expect(small.open(first, 1)).toEqual({ kind: "expired" });
	});

	it("serves the links the bot hands out for a certificate or an exam round", () => {
		const links = createDeepLinks({ secret: TOKEN });
		expect(links.open(sharedPayload("cert", "c019"), 1)).toEqual({
			kind: "run",
			text: "/cert c019",
		});
		expect(links.open(sharedPayload("exam", "c070-2024-03-16"), 1)).toEqual({
			kind: "run",
			text: "/exam c070",
		});
		expect(startUrl("OnexTestBot", "cert_c019")).toBe(
			"https://t.me/OnexTestBot?start=cert_c019",
		);
		expect(() => sharedPayload("cert", "C 19")).toThrow();
	});
});
