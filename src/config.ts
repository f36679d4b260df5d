import { isIP } from "node:net";
import { z } from "zod";
import { isValidZone } from "./core/dates.js";

/** Everything the bot reads from the environment, validated once at start-up. */
export interface Config {
	dataDir: string;
	knowledgeDir: string;
	zone: string;
	/** Local `HH:mm` at which reminders go out. */
	reminderTime: string;
	adminIds: string[];
	teacherInviteCode: string | undefined;
	backupKeep: number;
	/** Who may subscribe a group chat to reminders. */
	groupSubscribeRole: "anyone" | "teacher" | "admin";
	logLevel: "debug" | "info" | "warn" | "error" | "silent";
	telegram: TelegramConfig | undefined;
	discord: DiscordConfig | undefined;
	/** PostgreSQL when `DATABASE_URL` is set; the embedded lowdb file in `dataDir` otherwise. */
	database: DatabaseConfig | undefined;
}

export interface DatabaseConfig {
	/** `postgres://user:password@host:port/database`; holds a secret, never log it. */
	url: string;
	/** Connections in this instance's pool. */
	poolSize: number;
}

export interface TelegramConfig {
	token: string;
	apiRoot: string | undefined;
	/** Webhook mode when set; long polling otherwise. */
	webhookUrl: string | undefined;
	webhookSecret: string | undefined;
	webhookPort: number;
	/** Address the webhook server binds: 127.0.0.1 behind a local TLS proxy, 0.0.0.0 in a container. */
	webhookHost: string;
	proxy: string | undefined;
}

export interface DiscordConfig {
	token: string;
	appId: string;
	guildId: string | undefined;
	apiRoot: string | undefined;
	proxy: string | undefined;
}

export class ConfigError extends Error {
	constructor(readonly problems: string[]) {
		super(
			`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
		);
		this.name = "ConfigError";
	}
}

const optional = z
	.string()
	.trim()
	.transform((s) => (s === "" ? undefined : s))
	.optional();
const url = optional.refine(
	(s) => s === undefined || URL.canParse(s),
	"must be a URL such as https://example.org",
);
const wholeNumber = (
	fallback: string,
	min: number,
	max: number,
	message: string,
) =>
	optional
		.default(fallback)
		.refine(
			(s) =>
				s !== undefined &&
				/^\d+$/.test(s) &&
				Number(s) >= min &&
				Number(s) <= max,
			message,
		)
		.transform(Number);
const userKey = /^(telegram|discord|console):[\w.-]+$/;

const schema = z.object({
	DATA_DIR: optional.default("./data"),
	KNOWLEDGE_DIR: optional.default("./knowledge"),
	BOT_TIMEZONE: optional
		.default("Asia/Shanghai")
		.refine(
			(z) => z === undefined || isValidZone(z),
			"must be an IANA zone such as Asia/Shanghai",
		),
	REMINDER_TIME: optional
		.default("08:00")
		.refine(
			(s) => s === undefined || /^([01]\d|2[0-3]):[0-5]\d$/.test(s),
			"must be HH:mm such as 08:00",
		),
	ADMIN_IDS: optional.refine(
		(s) =>
			s === undefined || s.split(",").every((id) => userKey.test(id.trim())),
		"must be a comma-separated list such as telegram:123,discord:456,console:local",
	),
	TEACHER_INVITE_CODE: optional
		.refine((s) => s === undefined || !/\s/.test(s), "must not contain spaces")
		.refine(
			(s) =>
				s === undefined ||
				(Array.from(s).length >= 8 && /\p{L}/u.test(s) && /\p{Nd}/u.test(s)),
			"must be at least 8 characters mixing letters and digits, such as Kx7mP2qa9 (or leave it empty and let an admin make one with /teacher code new)",
		),
	BACKUP_KEEP: wholeNumber(
		"7",
		0,
		365,
		"must be a whole number from 0 to 365, such as 7",
	),
	GROUP_SUBSCRIBE_ROLE: optional
		.default("teacher")
		.pipe(z.enum(["anyone", "teacher", "admin"])),
	LOG_LEVEL: optional
		.default("info")
		.pipe(z.enum(["debug", "info", "warn", "error", "silent"])),
	HTTPS_PROXY: url,
	TELEGRAM_BOT_TOKEN: optional.refine(
		(s) => s === undefined || /^\d+:[\w-]{20,}$/.test(s),
		"does not look like a Bot API token (123456:ABC…) from @BotFather",
	),
	TELEGRAM_API_ROOT: url,
	TELEGRAM_WEBHOOK_URL: url,
	TELEGRAM_WEBHOOK_SECRET: optional.refine(
		(s) => s === undefined || /^[\w-]{1,256}$/.test(s),
		"may contain only A-Z, a-z, 0-9, _ and - (at most 256)",
	),
	TELEGRAM_WEBHOOK_PORT: wholeNumber(
		"8080",
		1,
		65535,
		"must be a port number such as 8080",
	),
	TELEGRAM_WEBHOOK_HOST: optional
		.default("127.0.0.1")
		.refine(
			(s) => s === undefined || isIP(s) !== 0 || s === "localhost",
			"must be an IP address to bind, such as 127.0.0.1 or 0.0.0.0 (in a container)",
		),
	TELEGRAM_PROXY: url,
	DISCORD_TOKEN: optional,
	DISCORD_APP_ID: optional.refine(
		(s) => s === undefined || /^\d{5,25}$/.test(s),
		"must be the numeric application id",
	),
	DISCORD_GUILD_ID: optional.refine(
		(s) => s === undefined || /^\d{5,25}$/.test(s),
		"must be a numeric server id",
	),
	DISCORD_API_ROOT: url,
	DISCORD_PROXY: url,
	// The value is never repeated in a message: it may hold a password.
	DATABASE_URL: optional.refine(
		(s) =>
			s === undefined || (/^postgres(ql)?:\/\//.test(s) && URL.canParse(s)),
		"must be a PostgreSQL URL such as postgres://onex:password@127.0.0.1:5432/onex (leave it empty for the embedded database in DATA_DIR)",
	),
	DATABASE_POOL_SIZE: wholeNumber(
		"10",
		1,
		100,
		"must be a whole number from 1 to 100, such as 10",
	),
});

/**
 * Reads the configuration from an environment-like record. Pure: no I/O, no `process.env`.
 * Throws one `ConfigError` naming every problem, each with the variable and an example.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
	const parsed = schema.safeParse(env);
	const set = (name: string) => (env[name] ?? "").trim() !== "";
	const problems = parsed.success
		? []
		: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
	if (set("DISCORD_TOKEN") && !set("DISCORD_APP_ID"))
		problems.push("DISCORD_APP_ID: required when DISCORD_TOKEN is set");
	if (set("TELEGRAM_WEBHOOK_URL") && !set("TELEGRAM_BOT_TOKEN"))
		problems.push("TELEGRAM_WEBHOOK_URL: set TELEGRAM_BOT_TOKEN as well");
	if (set("TELEGRAM_WEBHOOK_URL") && !set("TELEGRAM_WEBHOOK_SECRET"))
		problems.push(
			"TELEGRAM_WEBHOOK_SECRET: required in webhook mode, so only Telegram can call the webhook",
		);
	if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
	const e = parsed.data;

	return {
		dataDir: e.DATA_DIR ?? "./data",
		knowledgeDir: e.KNOWLEDGE_DIR ?? "./knowledge",
		zone: e.BOT_TIMEZONE ?? "Asia/Shanghai",
		reminderTime: e.REMINDER_TIME ?? "08:00",
		adminIds: (e.ADMIN_IDS ?? "")
			.split(",")
			.map((s) => s.trim())
			.filter(Boolean),
		teacherInviteCode: e.TEACHER_INVITE_CODE,
		backupKeep: e.BACKUP_KEEP,
		groupSubscribeRole: e.GROUP_SUBSCRIBE_ROLE,
		logLevel: e.LOG_LEVEL,
		telegram: e.TELEGRAM_BOT_TOKEN
			? {
					token: e.TELEGRAM_BOT_TOKEN,
					apiRoot: e.TELEGRAM_API_ROOT,
					webhookUrl: e.TELEGRAM_WEBHOOK_URL,
					webhookSecret: e.TELEGRAM_WEBHOOK_SECRET,
					webhookPort: e.TELEGRAM_WEBHOOK_PORT,
					webhookHost: e.TELEGRAM_WEBHOOK_HOST ?? "127.0.0.1",
					proxy: e.TELEGRAM_PROXY ?? e.HTTPS_PROXY,
				}
			: undefined,
		discord:
			e.DISCORD_TOKEN && e.DISCORD_APP_ID
				? {
						token: e.DISCORD_TOKEN,
						appId: e.DISCORD_APP_ID,
						guildId: e.DISCORD_GUILD_ID,
						apiRoot: e.DISCORD_API_ROOT,
						proxy: e.DISCORD_PROXY ?? e.HTTPS_PROXY,
					}
				: undefined,
		database: e.DATABASE_URL
			? { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
			: undefined,
	};
}
