import { createHash } from "node:crypto";
import type { Api } from "grammy";
import type { Role } from "../../core/command.js";
import type { Logger } from "../../core/ports.js";
import type { Registry } from "../../core/registry.js";
import { buildMenus, type MenuHashStore, setMenus } from "./menu.js";
import { chatIdOf } from "./to-request.js";

/** A user whose role is above student, as the user directory knows them (`telegram:123`). */
export interface Privileged {
	key: string;
	role: Exclude<Role, "student">;
}

export interface RoleMenuOptions {
	api: Api;
	registry: Registry;
	/** Everyone who is a teacher or an admin now (all platforms; others are skipped). */
	privileged: () => Privileged[] | Promise<Privileged[]>;
	/** What was published per chat, as JSON `{ chatId: hash }`; survives restarts. */
	store: MenuHashStore;
	logger: Logger;
	/** After a failure (the user never opened the private chat), wait this long; default 10 min. */
	retryAfterMs?: number;
	now?: () => number;
}

/**
 * Keeps a teacher's or an admin's own private chat on the menu of their role: set when the
 * role is granted or changes, deleted when it is revoked, and no call at all when nothing
 * changed. `sync()` is cheap to call after every update; runs never overlap.
 */
export function createRoleMenus(options: RoleMenuOptions) {
	const { api, registry, logger } = options;
	const now = options.now ?? Date.now;
	const retryAfter = options.retryAfterMs ?? 10 * 60 * 1000;
	const failedAt = new Map<number, number>();
	const menus = {
		teacher: buildMenus(registry, "teacher"),
		admin: buildMenus(registry, "admin"),
	};
	const hashes = {
		teacher: createHash("sha256")
			.update(JSON.stringify(menus.teacher))
			.digest("hex")
			.slice(0, 16),
		admin: createHash("sha256")
			.update(JSON.stringify(menus.admin))
			.digest("hex")
			.slice(0, 16),
	};
	let published: Record<string, string> | undefined;
	let running: Promise<void> | undefined;
	let again = false;

	async function once(): Promise<void> {
		published ??= parse(await options.store.get());
		const wanted = new Map<number, Privileged["role"]>();
		for (const p of await options.privileged()) {
			const id = chatIdOf(p.key);
			if (id !== undefined && id > 0) wanted.set(id, p.role);
		}
		let changed = false;
		for (const [id, role] of wanted) {
			if (published[id] === hashes[role]) continue;
			if ((failedAt.get(id) ?? -Infinity) > now() - retryAfter) continue;
			try {
				await setMenus(api, menus[role], { type: "chat", chat_id: id });
				published[id] = hashes[role];
				failedAt.delete(id);
				changed = true;
			} catch (error) {
				failedAt.set(id, now());
				logger.info("telegram role menu not set", {
					chat: id,
					error: error instanceof Error ? error.message : String(error),
				});
			}
		}
		for (const key of Object.keys(published)) {
			const id = Number(key);
			if (wanted.has(id)) continue;
			try {
				const scope = { type: "chat" as const, chat_id: id };
				await api.deleteMyCommands({ scope });
				await api.deleteMyCommands({ scope, language_code: "zh" });
				await api.deleteMyCommands({ scope, language_code: "en" });
			} catch (error) {
				logger.info("telegram role menu not removed", {
					chat: id,
					error: error instanceof Error ? error.message : String(error),
				});
			}
			delete published[key];
			changed = true;
		}
		if (changed) await options.store.set(JSON.stringify(published));
	}

	return {
		/** Resolves when the run in progress, if any, is done. */
		async settled(): Promise<void> {
			await running;
		},
		/** Brings every privileged chat's menu up to date; resolves when done. */
		sync(): Promise<void> {
			if (running) {
				again = true;
				return running;
			}
			running = (async () => {
				try {
					do {
						again = false;
						await once();
					} while (again);
				} catch (error) {
					logger.warn("telegram role menus not synchronised", {
						error: error instanceof Error ? error.message : String(error),
					});
				} finally {
					running = undefined;
				}
			})();
			return running;
		},
	};
}

function parse(saved: string | undefined): Record<string, string> {
	if (!saved) return {};
	try {
		const value: unknown = JSON.parse(saved);
		if (value && typeof value === "object" && !Array.isArray(value))
			return Object.fromEntries(
				Object.entries(value).filter(
					(e): e is [string, string] =>
						/^\d+$/.test(e[0]) && typeof e[1] === "string",
				),
			);
	} catch {}
	return {};
}

export type RoleMenus = ReturnType<typeof createRoleMenus>;
