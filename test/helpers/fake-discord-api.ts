import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the fake received, with its JSON body (from `payload_json` for uploads). */
export interface RecordedCall {
	method: string;
	path: string;
	query: string;
	body: Record<string, unknown> | undefined;
	files: string[];
	authorized: boolean;
}

type Failure = { status: number; code: number; retryAfter?: number };

/**
 * A stand-in for Discord's REST API on 127.0.0.1: records every call and rejects what Discord
 * rejects (content over 2,000, embeds over their limits or 6,000 in total, empty field values,
 * more than 25 autocomplete choices, more than 5 buttons a row, a second initial response,
 * `@everyone` in content without `allowed_mentions` that rules it out, and text with live markdown, see `liveMarkdown`), so a test proves we never send such a payload. Interaction callbacks answer 204 without a body.
 */
export class FakeDiscordApi {
	readonly calls: RecordedCall[] = [];
	readonly rejected: { path: string; problems: string[] }[] = [];
	/** Answers for `POST /channels/<id>/messages` that should fail. */
	readonly channelFailures = new Map<string, Failure>();
	/** Registered commands by route (`applications/1/guilds/2/commands`). */
	readonly commandSets = new Map<string, unknown[]>();
	/** Interactions that received a second initial response (Discord refuses it). */
	readonly answeredTwice: string[] = [];
	/** The next N interaction callbacks fail with 500, as an outage would. */
	failCallbacks = 0;
	private readonly acknowledged = new Set<string>();
	private server: Server | undefined;
	private nextId = 1000;

	/** Starts listening on a free loopback port; returns the REST `api` root. */
	async start(): Promise<string> {
		this.server = createServer((req, res) => {
			this.handle(req).then(
				({ status, json }) => {
					if (json === undefined) res.writeHead(status).end();
					else
						res
							.writeHead(status, { "content-type": "application/json" })
							.end(JSON.stringify(json));
				},
				(error: unknown) => res.writeHead(500).end(String(error)),
			);
		});
		await new Promise<void>((resolve) =>
			this.server?.listen(0, "127.0.0.1", resolve),
		);
		const { port } = this.server.address() as AddressInfo;
		return `http://127.0.0.1:${port}/api`;
	}

	async close(): Promise<void> {
		const server = this.server;
		if (!server) return;
		server.closeAllConnections();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	}

	/** Calls whose path matches, in order. */
	callsTo(pattern: RegExp): RecordedCall[] {
		return this.calls.filter((c) => pattern.test(`${c.method} ${c.path}`));
	}

	private async read(req: IncomingMessage) {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const raw = Buffer.concat(chunks);
		const type = req.headers["content-type"] ?? "";
		if (type.startsWith("multipart/form-data")) {
			const form = await new Response(raw, {
				headers: { "content-type": type },
			}).formData();
			const files = [...form.entries()]
				.filter(([key]) => key.startsWith("files["))
				.map(([, v]) => (v as File).name);
			const payload = form.get("payload_json");
			return {
				body: payload ? JSON.parse(String(payload)) : undefined,
				files,
			};
		}
		return {
			body: raw.length ? JSON.parse(raw.toString("utf8")) : undefined,
			files: [],
		};
	}

	private async handle(
		req: IncomingMessage,
	): Promise<{ status: number; json?: unknown }> {
		const url = new URL(req.url ?? "/", "http://127.0.0.1");
		const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, "");
		const method = req.method ?? "GET";
		const { body, files } = await this.read(req);
		this.calls.push({
			method,
			path,
			query: url.search,
			body,
			files,
			authorized: Boolean(req.headers.authorization),
		});
		const reject = (problems: string[]) => {
			this.rejected.push({ path, problems });
			return {
				status: 400,
				json: {
					code: 50035,
					message: `Invalid Form Body: ${problems.join("; ")}`,
				},
			};
		};

		const callback = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(path);
		if (callback && method === "POST") {
			const id = callback[1] ?? "";
			if (this.failCallbacks > 0) {
				this.failCallbacks--;
				return {
					status: 500,
					json: { code: 0, message: "500: Internal Server Error" },
				};
			}
			if (this.acknowledged.has(id)) {
				this.answeredTwice.push(id);
				return {
					status: 400,
					json: {
						code: 40060,
						message: "Interaction has already been acknowledged.",
					},
				};
			}
			const data = (body?.data ?? {}) as Record<string, unknown>;
			const problems =
				body?.type === 8
					? choiceProblems(data)
					: body?.type === 4
						? messageProblems(data)
						: [];
			if (problems.length) return reject(problems);
			this.acknowledged.add(id);
			return { status: 204 };
		}
		if (/^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(path)) {
			if (method === "DELETE") return { status: 204 };
			const problems = messageProblems(body ?? {});
			if (problems.length) return reject(problems);
			return { status: 200, json: this.message(body) };
		}
		if (path === "/users/@me/channels" && method === "POST")
			return {
				status: 200,
				json: { id: `7${String(body?.recipient_id)}`, type: 1 },
			};
		const channel = /^\/channels\/(\d+)\/messages$/.exec(path);
		if (channel && method === "POST") {
			const failure = this.channelFailures.get(channel[1] ?? "");
			if (failure?.status === 429)
				return {
					status: 429,
					json: {
						message: "You are being rate limited.",
						retry_after: failure.retryAfter ?? 60,
						global: false,
					},
				};
			if (failure)
				return {
					status: failure.status,
					json: { code: failure.code, message: "failure" },
				};
			const problems = messageProblems(body ?? {});
			if (problems.length) return reject(problems);
			return { status: 200, json: this.message(body) };
		}
		const commands = /^\/(applications\/\d+(?:\/guilds\/\d+)?\/commands)$/.exec(
			path,
		);
		if (commands?.[1]) {
			// Discord answers with what it stored: ids and defaults added, `required: false` dropped.
			if (method === "PUT")
				this.commandSets.set(
					commands[1],
					(body as unknown as Record<string, unknown>[]).map((c) => ({
						id: String(this.nextId++),
						application_id: "111",
						version: "1",
						default_member_permissions: null,
						dm_permission: true,
						nsfw: false,
						integration_types: [0],
						contexts: null,
						...JSON.parse(
							JSON.stringify(c).replaceAll(',"required":false', ""),
						),
					})),
				);
			return { status: 200, json: this.commandSets.get(commands[1]) ?? [] };
		}
		return { status: 404, json: { code: 0, message: "404: Not Found" } };
	}

	private message(body: unknown) {
		return {
			id: String(this.nextId++),
			channel_id: "1",
			type: 0,
			content: "",
			embeds: [],
			attachments: [],
			timestamp: "2026-11-28T02:00:00.000Z",
			author: { id: "1", username: "bot", discriminator: "0", avatar: null },
			...(body as object),
		};
	}
}

function choiceProblems(data: Record<string, unknown>): string[] {
	const choices = (data.choices ?? []) as { name: string; value: string }[];
	const problems: string[] = [];
	if (choices.length > 25) problems.push("more than 25 choices");
	for (const c of choices)
		if (c.name.length > 100 || String(c.value).length > 100)
			problems.push("choice over 100 characters");
	return problems;
}

type Embed = {
	title?: string;
	description?: string;
	fields?: { name: string; value: string }[];
	footer?: { text: string };
};

/**
 * Markdown Discord would act on: a special character (`* _ ~ \` | [ ] ( ) < >`) not escaped
 * by a backslash, outside a bare URL. The bot's text is all plain, so any such character means
 * a user's text (a masked link, a code-span breakout, a mention) went out live.
 */
export function liveMarkdown(text: string): string | undefined {
	const plain = text.replace(/https?:\/\/[^\s<]+/g, " ");
	for (let i = 0; i < plain.length; i++) {
		const ch = plain.charAt(i);
		if (ch === "\\") {
			i++;
			continue;
		}
		if ("*_~`|[]()<>".includes(ch))
			return `live markdown ${JSON.stringify(ch)} in ${JSON.stringify(text.slice(Math.max(0, i - 20), i + 20))}`;
	}
	return undefined;
}

/**
 * Content that would notify people: `@everyone`/`@here` ping unless `allowed_mentions`
 * is sent and leaves `everyone` out (Discord's default parses every mention in content).
 */
function pingProblem(data: Record<string, unknown>): string | undefined {
	if (typeof data.content !== "string") return undefined;
	if (!/@(everyone|here)\b/.test(data.content)) return undefined;
	const allowed = data.allowed_mentions as { parse?: string[] } | undefined;
	return allowed && !(allowed.parse ?? []).includes("everyone")
		? undefined
		: "content would ping @everyone (no allowed_mentions)";
}

function messageProblems(data: Record<string, unknown>): string[] {
	const problems: string[] = [];
	if (typeof data.content === "string" && data.content.length > 2000)
		problems.push("content over 2000");
	const ping = pingProblem(data);
	if (ping) problems.push(ping);
	const shown: string[] = [];
	if (typeof data.content === "string") shown.push(data.content);
	for (const e of (data.embeds ?? []) as Embed[])
		shown.push(
			e.title ?? "",
			e.description ?? "",
			e.footer?.text ?? "",
			...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
		);
	for (const text of shown) {
		const live = liveMarkdown(text);
		if (live) problems.push(live);
	}
	const embeds = (data.embeds ?? []) as Embed[];
	if (embeds.length > 10) problems.push("more than 10 embeds");
	let total = 0;
	for (const e of embeds) {
		if ((e.title?.length ?? 0) > 256) problems.push("title over 256");
		if ((e.description?.length ?? 0) > 4096)
			problems.push("description over 4096");
		if ((e.fields?.length ?? 0) > 25) problems.push("more than 25 fields");
		for (const f of e.fields ?? []) {
			if (!f.value?.trim()) problems.push("empty field value");
			if (!f.name?.trim()) problems.push("empty field name");
			if (f.value.length > 1024) problems.push("field value over 1024");
		}
		total +=
			(e.title?.length ?? 0) +
			(e.description?.length ?? 0) +
			(e.footer?.text.length ?? 0) +
			(e.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0);
	}
	if (total > 6000) problems.push("embeds over 6000 in total");
	const rows = (data.components ?? []) as {
		components: { custom_id?: string; label?: string }[];
	}[];
	if (rows.length > 5) problems.push("more than 5 rows");
	for (const row of rows) {
		if (row.components.length > 5)
			problems.push("more than 5 buttons in a row");
		for (const b of row.components) {
			if ((b.custom_id?.length ?? 0) > 100) problems.push("custom_id over 100");
			if ((b.label?.length ?? 0) > 80) problems.push("label over 80");
		}
	}
	return problems;
}
