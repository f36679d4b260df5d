import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../../helpers/telegram-harness.js";
import { student, textMessage } from "../../helpers/telegram-updates.js";

let h: Harness | undefined;
let proxy: Server | undefined;
const sockets = new Set<Socket>();
afterEach(async () => {
	await h?.close();
	h = undefined;
	for (const s of sockets) s.destroy();
	sockets.clear();
	await new Promise<void>((resolve) =>
		proxy ? proxy.close(() => resolve()) : resolve(),
	);
	proxy = undefined;
});

/** A CONNECT proxy on 127.0.0.1 that records where it was asked to tunnel to. */
async function startProxy(targets: string[]): Promise<string> {
	proxy = createServer((_req, res) => res.writeHead(405).end());
	proxy.on("connect", (req, client: Socket) => {
		targets.push(req.url ?? "");
		const [host = "", port = "0"] = (req.url ?? "").split(":");
		const upstream = connect(Number(port), host, () => {
			client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
			upstream.pipe(client);
			client.pipe(upstream);
		});
		for (const s of [client, upstream]) {
			sockets.add(s);
			s.on("error", () => s.destroy());
		}
	});
	await new Promise<void>((resolve) => proxy?.listen(0, "127.0.0.1", resolve));
	return `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}

describe("Telegram through an outgoing proxy", () => {
	it("sends every Bot API call through the configured proxy", async () => {
		const targets: string[] = [];
		const proxyUrl = await startProxy(targets);
		h = await startHarness({ proxy: proxyUrl });
		await h.send(textMessage(student, "/exam 前端"));
		const apiHost = new URL(h.fake.apiRoot).host;
		expect(targets.length).toBeGreaterThan(0);
		expect(new Set(targets)).toEqual(new Set([apiHost]));
	});
});
