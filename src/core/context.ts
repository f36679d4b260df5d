import type { Role } from "./command.js";
import type { Locale, Translate } from "./i18n.js";
import type { Clock, Logger } from "./ports.js";
import type { Registry } from "./registry.js";
import type { Request } from "./request.js";

/**
 * Everything a command reaches, built by `createServices`, faked in tests. Empty here so the core
 * names no feature: each feature adds its service in `src/features/services.ts`.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging from the features
export interface Services {}

export interface CommandContext {
	request: Request;
	locale: Locale;
	t: Translate;
	user: { key: string; role: Role; name?: string };
	/** The instant this request is handled. */
	now: Date;
	/** IANA zone for dates people type and read (default Asia/Shanghai). */
	zone: string;
	/** Today's date in `zone`, `YYYY-MM-DD`. */
	today: string;
	services: Services;
	clock: Clock;
	logger: Logger;
	/** All commands, for help and menus. */
	registry: Registry;
}
