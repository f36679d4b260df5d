import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import { type Locale, translator } from "../../core/i18n.js";
import type { Registry } from "../../core/registry.js";

const COMMAND_NAME = /^[a-z0-9_]{1,32}$/;
const MAX_DESCRIPTION = 256;
const MAX_COMMANDS = 100;

/** The command menu per language: zh is also the default for every other client language. */
export interface Menus {
	zh: BotCommand[];
	en: BotCommand[];
}

/** Remembers which menu was published last, so an unchanged menu is not sent again. */
export interface MenuHashStore {
	get(): Promise<string | undefined>;
	set(hash: string): Promise<void>;
}

function menuFor(registry: Registry, locale: Locale): BotCommand[] {
	const t = translator(locale);
	const out: BotCommand[] = [];
	for (const def of registry.commands) {
		// Chinese aliases and any other name Telegram refuses stay out of the menu (still typeable).
		if (def.hidden || !COMMAND_NAME.test(def.name)) continue;
		const summary = t(def.summary).replace(/\s+/g, " ").trim();
		if (summary === "") continue;
		const description =
			summary.length > MAX_DESCRIPTION
				? `${summary.slice(0, MAX_DESCRIPTION - 1)}…`
				: summary;
		out.push({ command: def.name, description });
	}
	return out.slice(0, MAX_COMMANDS);
}

/** The menus Telegram accepts, built from the command definitions (hidden ones left out). */
export function buildMenus(registry: Registry): Menus {
	return { zh: menuFor(registry, "zh-CN"), en: menuFor(registry, "en") };
}

/** A hash store in a small file (under the data directory), written atomically. */
export function fileHashStore(path: string): MenuHashStore {
	return {
		async get() {
			try {
				return (await readFile(path, "utf8")).trim() || undefined;
			} catch {
				return undefined;
			}
		},
		async set(hash) {
			await mkdir(dirname(path), { recursive: true });
			const temp = `${path}.tmp`;
			await writeFile(temp, `${hash}\n`, "utf8");
			await rename(temp, path);
		},
	};
}

/** A hash store that lives as long as the process. */
export function memoryHashStore(): MenuHashStore {
	let current: string | undefined;
	return {
		get: async () => current,
		set: async (hash) => {
			current = hash;
		},
	};
}

/**
 * Publishes the menus with `setMyCommands` (default, `zh`, `en`) unless the same menus were
 * already published for this bot; the hash covers the bot id, so another token publishes anew.
 * The hash is stored only after all three calls succeeded.
 */
export async function publishMenu(
	api: Api,
	botId: number,
	registry: Registry,
	store: MenuHashStore,
): Promise<"published" | "unchanged"> {
	const menus = buildMenus(registry);
	const hash = createHash("sha256")
		.update(JSON.stringify({ botId, menus }))
		.digest("hex");
	if ((await store.get()) === hash) return "unchanged";
	await api.setMyCommands(menus.zh);
	await api.setMyCommands(menus.zh, { language_code: "zh" });
	await api.setMyCommands(menus.en, { language_code: "en" });
	await store.set(hash);
	return "published";
}
