import {
	Client,
	Events,
	GatewayIntentBits,
	type Interaction,
	type RESTOptions,
} from "discord.js";
import { ProxyAgent } from "undici";
import type { DiscordConfig } from "../../config.js";
import type { RunningAdapter } from "../../core/adapter.js";
import type { Dispatcher } from "../../core/dispatcher.js";
import type { Locale } from "../../core/i18n.js";
import type { Logger } from "../../core/ports.js";
import { createButtonTokens } from "./buttons.js";
import { createInteractionHandler } from "./interactions.js";
import { createDiscordNotifier } from "./notifier.js";

export interface DiscordOptions {
	/** Token, application id, optional REST base (`apiRoot`, e.g. `https://discord.com/api`) and proxy URL. */
	config: DiscordConfig;
	/** The shared dispatcher; its registry is what the slash commands were generated from. */
	dispatcher: Dispatcher;
	logger: Logger;
	/** Language of the adapter's own words in reminders; default zh-CN. */
	locale?: Locale;
	/** Defer a command that has not answered by then; default 2,000 ms. */
	deferAfterMs?: number;
	/** Longest wait for in-flight interactions on stop; default 10,000 ms. */
	stopTimeoutMs?: number;
}

/** REST options from the configuration: a test server or gateway as `apiRoot`. */
export function restOptions(config: DiscordConfig): Partial<RESTOptions> {
	return config.apiRoot ? { api: config.apiRoot } : {};
}

/** A running adapter that can also say when the interactions received so far are answered. */
export interface AttachedDiscord extends RunningAdapter {
	settled(): Promise<void>;
}

/**
 * Wires an existing client (logged in or not) to the dispatcher: the interaction listener,
 * error logging and the notifier. Tests use this without `login()`.
 */
export function attachDiscord(
	client: Client,
	options: DiscordOptions,
): AttachedDiscord {
	const { logger } = options;
	const tokens = createButtonTokens();
	const handle = createInteractionHandler({
		dispatcher: options.dispatcher,
		logger,
		tokens,
		...(options.deferAfterMs !== undefined
			? { deferAfterMs: options.deferAfterMs }
			: {}),
	});
	const inFlight = new Set<Promise<void>>();
	let stopping = false;
	const listener = (interaction: Interaction) => {
		if (stopping) return;
		const done: Promise<void> = handle(interaction).finally(() =>
			inFlight.delete(done),
		);
		inFlight.add(done);
	};
	client.on(Events.InteractionCreate, listener);
	// Without an `error` listener an EventEmitter error would end the process.
	client.on(Events.Error, (error) =>
		logger.error("discord client error", { error: error.message }),
	);
	client.on(Events.ShardError, (error, shard) =>
		logger.warn("discord gateway error", { shard, error: error.message }),
	);
	return {
		name: "discord",
		notifier: createDiscordNotifier({
			rest: client.rest,
			tokens,
			...(options.locale ? { locale: options.locale } : {}),
		}),
		async settled() {
			await Promise.allSettled([...inFlight]);
		},
		async stop() {
			stopping = true;
			client.off(Events.InteractionCreate, listener);
			let timer: NodeJS.Timeout | undefined;
			await Promise.race([
				Promise.allSettled([...inFlight]),
				new Promise((resolve) => {
					timer = setTimeout(resolve, options.stopTimeoutMs ?? 10_000);
				}),
			]);
			clearTimeout(timer);
			await client.destroy();
		},
	};
}

/**
 * Starts the Discord adapter: a gateway client with the `Guilds` intent only (slash commands,
 * buttons and autocomplete arrive without privileged intents, DMs included). REST goes to
 * `config.apiRoot` when set and through `config.proxy` when set; the gateway WebSocket does
 * not use the proxy (discord.js offers no hook for it). `stop()` waits for in-flight replies.
 */
export async function startDiscord(
	options: DiscordOptions,
): Promise<RunningAdapter> {
	const { config, logger } = options;
	const client = new Client({
		intents: [GatewayIntentBits.Guilds],
		rest: restOptions(config),
	});
	const agent = config.proxy ? new ProxyAgent(config.proxy) : undefined;
	if (agent) {
		client.rest.setAgent(agent);
		// Said at every start, so nobody believes the whole connection is proxied.
		logger.warn(
			"discord gateway is not proxied: REST goes through the proxy, the gateway WebSocket (wss://gateway.discord.gg) connects directly; route it with a system-wide proxy (see README)",
			{ proxy: new URL(config.proxy ?? "").host },
		);
	}
	const adapter = attachDiscord(client, options);
	client.once(Events.ClientReady, (ready) =>
		logger.info("discord ready", {
			user: ready.user.tag,
			guilds: ready.guilds.cache.size,
		}),
	);
	try {
		await client.login(config.token);
	} catch (error) {
		await client.destroy();
		await agent?.close();
		throw error;
	}
	return {
		...adapter,
		async stop() {
			await adapter.stop();
			await agent?.close();
		},
	};
}
