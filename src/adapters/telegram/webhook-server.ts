import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Bot, webhookCallback } from "grammy";
import type { Logger } from "../../core/ports.js";

export interface WebhookServerOptions {
	bot: Bot;
	logger: Logger;
	/** Telegram sends it in `X-Telegram-Bot-Api-Secret-Token`; other requests get 401. */
	secretToken: string;
	port: number;
	host: string;
}

export interface WebhookServer {
	/** The port actually bound (differs from `port` when that was 0). */
	readonly port: number;
	/** Stops accepting, waits for updates being handled, then closes. */
	close(): Promise<void>;
}

/**
 * A node:http server that feeds POSTed updates to grammY's `webhookCallback` with the
 * secret-token check, and answers `GET /healthz` with 200. A slow update answers Telegram after 25 s and keeps running, so
 * Telegram does not deliver it twice; a body that is not JSON gets 400.
 */
export async function startWebhookServer(
	options: WebhookServerOptions,
): Promise<WebhookServer> {
	const { bot, logger } = options;
	const handle = webhookCallback(bot, "http", {
		secretToken: options.secretToken,
		onTimeout: "return",
		timeoutMilliseconds: 25_000,
	});
	const inFlight = new Set<Promise<void>>();
	const server: Server = createServer((req, res) => {
		// For load balancers and container health checks: the process is up and serving.
		if (req.method === "GET" && req.url === "/healthz") {
			req.resume();
			res
				.writeHead(200, { "content-type": "text/plain; charset=utf-8" })
				.end("ok\n");
			return;
		}
		if (req.method !== "POST") {
			req.resume();
			res.writeHead(405).end();
			return;
		}
		const task = handle(req, res)
			.catch((error: unknown) => {
				logger.warn("telegram webhook request failed", {
					error: error instanceof Error ? error.message : String(error),
				});
				if (!res.headersSent) res.writeHead(400).end();
			})
			.finally(() => inFlight.delete(task));
		inFlight.add(task);
	});
	await new Promise<void>((resolve, reject) => {
		server.once("error", reject);
		server.listen(options.port, options.host, () => {
			server.off("error", reject);
			resolve();
		});
	});
	return {
		port: (server.address() as AddressInfo).port,
		async close() {
			const closed = new Promise<void>((resolve) =>
				server.close(() => resolve()),
			);
			server.closeIdleConnections();
			await Promise.allSettled([...inFlight]);
			server.closeAllConnections();
			await closed;
		},
	};
}
