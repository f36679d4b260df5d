import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Api } from "grammy";
import type { BotCommand, BotCommandScope } from "grammy/types";
import { hasRole, type Role } from "../../core/command.js";
import { type Locale, translator } from "../../core/i18n.js";
import type { Registry } from "../../core/registry.js";
import { shorten } from "../../core/text.js";

const COMMAND_NAME = /^[a-z0-9_]{1,32}$/;
const MAX_DESCRIPTION = 256;
const MAX_COMMANDS = 100;

/** The command menu per language: zh is also the default for every other client language. */
export interface Menus {
	zh: BotCommand[];
	en: BotCommand[];
}

/**
 * Who a menu is for: students in private chats; groups (no teacher or admin commands, nothing
 * answered only in private); a teacher's or an admin's own private chat.
 */
export type Audience = "private" | "group" | Exclude<Role, "student">;

/** Remembers which menu was published last, so an unchanged menu is not sent again. */
export interface MenuHashStore {
	get(): Promise<string | undefined>;
	set(hash: string): Promise<void>;
}

function menuFor(
	registry: Registry,
	locale: Locale,
	audience: Audience,
): BotCommand[] {
	const t = translator(locale);
	const role: Role =
		audience === "private" || audience === "group" ? "student" : audience;
	const out: BotCommand[] = [];
	for (const def of registry.commands) {
		// Chinese aliases and any other name Telegram refuses stay out of the menu (still typeable).
		if (def.hidden || !COMMAND_NAME.test(def.name)) continue;
		if (!hasRole(role, def.access)) continue;
		if (audience === "group" && def.private) continue;
		const summary = t(def.summary).replace(/\s+/g, " ").trim();
		if (summary === "") continue;
		const description = shorten(summary, MAX_DESCRIPTION, {
			ellipsis: true,
			unit: "utf16",
		});
		out.push({ command: def.name, description });
	}
	return out.slice(0, MAX_COMMANDS);
}

/** The menus Telegram accepts for one audience, from the command definitions (hidden ones left out). */
export function buildMenus(
	registry: Registry,
	audience: Audience = "private",
): Menus {
	return {
		zh: menuFor(registry, "zh-CN", audience),
		en: menuFor(registry, "en", audience),
	};
}

/** Sets one menu for a scope: the default language (zh), `zh` and `en`. */
export async function setMenus(
	api: Api,
	menus: Menus,
	scope: BotCommandScope,
): Promise<void> {
	await api.setMyCommands(menus.zh, { scope });
	await api.setMyCommands(menus.zh, { scope, language_code: "zh" });
	await api.setMyCommands(menus.en, { scope, language_code: "en" });
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
 * Publishes the student menu as the default (so private chats) and the group menu for all
 * groups, each in zh and en, unless the same menus were already published for this bot; the
 * hash covers the bot id, so another token publishes anew. The hash is stored only after
 * every call succeeded. Teachers' and admins' menus are per chat: see `syncRoleMenus`.
 */
export async function publishMenu(
	api: Api,
	botId: number,
	registry: Registry,
	store: MenuHashStore,
): Promise<"published" | "unchanged"> {
	const menus = buildMenus(registry, "private");
	const group = buildMenus(registry, "group");
	const hash = createHash("sha256")
		.update(JSON.stringify({ botId, menus, group }))
		.digest("hex");
	if ((await store.get()) === hash) return "unchanged";
	await setMenus(api, menus, { type: "default" });
	await setMenus(api, group, { type: "all_group_chats" });
	await store.set(hash);
	return "published";
}
