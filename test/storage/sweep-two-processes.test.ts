import { type ChildProcess, spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migratedDatabase } from "../helpers/reminder-stores.js";

const root = resolve(import.meta.dirname, "../..");
const script = join(root, "test/helpers/sweep-child.ts");
const AT = "2027-03-08T00:00:00Z"; // 08:00 Shanghai: e1's registration closes in 7 days
const CHATS = 3_000;

interface Child {
	process: ChildProcess;
	ready: Promise<void>;
	exited: Promise<{ sent: string[]; done: string }>;
}

function startChild(url: string): Child {
	const child = spawn(process.execPath, ["--import", "tsx", script, url, AT], {
		cwd: root,
		stdio: ["pipe", "pipe", "pipe"],
	});
	const sent: string[] = [];
	let done = "";
	let buffer = "";
	let stderr = "";
	let markReady: () => void = () => {};
	const ready = new Promise<void>((r) => {
		markReady = r;
	});
	const guard = setTimeout(() => child.kill("SIGKILL"), 60_000);
	child.stderr?.on("data", (chunk) => {
		stderr += chunk;
	});
	child.stdout?.on("data", (chunk) => {
		buffer += chunk;
		const lines = buffer.split("\n");
		buffer = lines.pop() ?? "";
		for (const line of lines) {
			if (line === "ready") markReady();
			else if (line.startsWith("sent ")) sent.push(line.slice(5));
			else if (line.startsWith("done ")) done = line.slice(5);
		}
	});
	const exited = new Promise<{ sent: string[]; done: string }>(
		(resolveExit, fail) => {
			child.on("error", fail);
			child.on("exit", (code) => {
				clearTimeout(guard);
				if (code === 0) resolveExit({ sent, done });
				else
					fail(
						new Error(`sweep child exited ${code}: ${stderr.slice(0, 2000)}`),
					);
			});
		},
	);
	return { process: child, ready, exited };
}

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
	for (const c of cleanup) await c();
});

describe("two instances sweeping one PostgreSQL database", () => {
	it("sends each due reminder exactly once between them", async () => {
		const { url, db, close } = await migratedDatabase();
		cleanup.push(close);
		// Every chat follows c1 (one reminder due at AT); some also follow c2 (nothing due).
		await db.query(
			`INSERT INTO reminder_subscriptions (chat_key, certificate_id, subscribed_by, subscribed_at, locale)
			 SELECT 'telegram:' || i, c, 'telegram:1', '2026-11-28T00:00:00Z', 'zh-CN'
			 FROM generate_series(1, $1) AS i, unnest(ARRAY['c1', 'c2']) AS c
			 WHERE c = 'c1' OR i % 3 = 0`,
			[CHATS],
		);
		const children = [startChild(url), startChild(url)];
		await Promise.all(children.map((c) => c.ready));
		// The same instant for both: each gets its go in the same tick.
		for (const c of children) c.process.stdin?.write("go\n");
		const [a, b] = await Promise.all(children.map((c) => c.exited));
		if (!a || !b) throw new Error("a child did not report");

		const all = [...a.sent, ...b.sent];
		const times = new Map<string, number>();
		for (const chat of all) times.set(chat, (times.get(chat) ?? 0) + 1);
		const twice = [...times].filter(([, n]) => n > 1);
		expect(twice).toEqual([]);
		expect(times.size).toBe(CHATS);
		expect(all).toHaveLength(CHATS);
		// Both planned every reminder as due; each sent its own share, and both took part.
		expect(a.done.split(" ")[0]).toBe(String(CHATS));
		expect(b.done.split(" ")[0]).toBe(String(CHATS));
		expect(Number(a.done.split(" ")[1]) + Number(b.done.split(" ")[1])).toBe(
			CHATS,
		);
		expect(a.sent.length).toBeGreaterThan(0);
		expect(b.sent.length).toBeGreaterThan(0);
		const { rows } = await db.query<{ status: string; n: number }>(
			"SELECT status, count(*)::int AS n FROM reminder_outbox GROUP BY status",
		);
		expect(rows).toEqual([{ status: "sent", n: CHATS }]);
	}, 90_000);
});
