import {
	AutocompleteInteraction,
	ButtonInteraction,
	ChatInputCommandInteraction,
	Client,
	Events,
	GatewayIntentBits,
} from "discord.js";
import {
	type AttachedDiscord,
	attachDiscord,
} from "../../src/adapters/discord/index.js";
import type { Dispatcher } from "../../src/core/dispatcher.js";
import { discordTestDispatcher } from "./discord-test-commands.js";
import { FakeDiscordApi } from "./fake-discord-api.js";
import type { MemoryLogger } from "./memory-logger.js";

export const APP_ID = "111";
export const GUILD_ID = "222";
export const CHANNEL_ID = "333";

let nextId = 5000;

interface Who {
	userId?: string;
	/** The display name Discord sends (default 小明). */
	globalName?: string;
	locale?: string;
	/** No guild: the interaction comes from a DM. */
	dm?: boolean;
}

type RawOption = {
	name: string;
	type: number;
	value?: string | number;
	focused?: boolean;
	options?: RawOption[];
};

/** The envelope every raw interaction shares: ids, token, locale, user or member. */
function envelope(type: number, who: Who) {
	const id = String(nextId++);
	const user = {
		id: who.userId ?? "800",
		username: "student",
		global_name: who.globalName ?? "小明",
		discriminator: "0",
		avatar: null,
	};
	const place = who.dm
		? { user, channel_id: "444", channel: { id: "444", type: 1 } }
		: {
				guild_id: GUILD_ID,
				guild_locale: "zh-CN",
				channel_id: CHANNEL_ID,
				channel: { id: CHANNEL_ID, type: 0 },
				member: {
					user,
					roles: [],
					joined_at: "2026-01-01T00:00:00.000Z",
					deaf: false,
					mute: false,
					flags: 0,
					permissions: "0",
				},
			};
	return {
		id,
		token: `token-${id}`,
		application_id: APP_ID,
		type,
		version: 1,
		locale: who.locale ?? "zh-CN",
		app_permissions: "0",
		entitlements: [],
		authorizing_integration_owners: {},
		context: who.dm ? 1 : 0,
		...place,
	};
}

/** Starts the fake API and a client whose REST points at it, wired to the test dispatcher. */
export async function discordHarness(
	options: { dispatcher?: Dispatcher; deferAfterMs?: number } = {},
) {
	const api = new FakeDiscordApi();
	const root = await api.start();
	const test = discordTestDispatcher();
	const dispatcher = options.dispatcher ?? test.dispatcher;
	const logger: MemoryLogger = test.logger;
	const client = new Client({
		intents: [GatewayIntentBits.Guilds],
		rest: { api: root, retries: 0, timeout: 2000 },
	});
	client.rest.setToken("test-token");
	const adapter: AttachedDiscord = attachDiscord(client, {
		config: {
			token: "x",
			appId: APP_ID,
			guildId: undefined,
			apiRoot: root,
			proxy: undefined,
		},
		dispatcher,
		logger,
		...(options.deferAfterMs !== undefined
			? { deferAfterMs: options.deferAfterMs }
			: {}),
	});

	// The constructors are protected in the typings; discord.js builds them the same way.
	const make = <T>(Kind: unknown, raw: unknown): T =>
		new (Kind as new (c: Client, r: unknown) => T)(client, raw);

	return {
		api,
		client,
		adapter,
		dispatcher,
		logger,
		/** Emits a slash command as the gateway would and waits until it is answered. */
		async slash(name: string, options: RawOption[] = [], who: Who = {}) {
			const raw = {
				...envelope(2, who),
				data: { id: "9", name, type: 1, options },
			};
			const i = make<ChatInputCommandInteraction>(
				ChatInputCommandInteraction,
				raw,
			);
			client.emit(Events.InteractionCreate, i);
			await adapter.settled();
			return i;
		},
		async autocomplete(name: string, options: RawOption[], who: Who = {}) {
			const raw = {
				...envelope(4, who),
				data: { id: "9", name, type: 1, options },
			};
			client.emit(
				Events.InteractionCreate,
				make<AutocompleteInteraction>(AutocompleteInteraction, raw),
			);
			await adapter.settled();
		},
		async button(customId: string, who: Who = {}) {
			const raw = {
				...envelope(3, who),
				data: { custom_id: customId, component_type: 2 },
				message: {
					id: "77",
					channel_id: CHANNEL_ID,
					type: 0,
					content: "",
					embeds: [],
					attachments: [],
					components: [],
					timestamp: "2026-11-28T02:00:00.000Z",
					author: {
						id: APP_ID,
						username: "bot",
						discriminator: "0",
						avatar: null,
					},
				},
			};
			client.emit(
				Events.InteractionCreate,
				make<ButtonInteraction>(ButtonInteraction, raw),
			);
			await adapter.settled();
		},
		async close() {
			await adapter.stop();
			await api.close();
		},
	};
}
