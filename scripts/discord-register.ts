/**
 * `npm run discord:register`: registers the slash commands generated from `commands/index.ts`
 * to DISCORD_GUILD_ID when set (instant), globally otherwise, and only when they changed.
 * Registration is a separate step because PUT replaces the whole set and is rate limited.
 */
import { existsSync } from "node:fs";
import { REST } from "discord.js";
import { ProxyAgent } from "undici";
import { commands } from "../commands/index.js";
import { checkSlashCommands } from "../src/adapters/discord/command-checks.js";
import { restOptions } from "../src/adapters/discord/index.js";
import { registerCommands } from "../src/adapters/discord/register.js";
import { buildSlashCommands } from "../src/adapters/discord/slash-commands.js";
import { loadConfig } from "../src/config.js";
import { Registry } from "../src/core/registry.js";

async function main(): Promise<number> {
	if (existsSync(".env")) process.loadEnvFile(".env");
	const config = loadConfig(process.env).discord;
	if (!config) {
		console.error("Set DISCORD_TOKEN and DISCORD_APP_ID to register commands.");
		return 1;
	}
	const json = buildSlashCommands(new Registry(commands));
	const problems = checkSlashCommands(json);
	if (problems.length > 0) {
		console.error(
			`Discord would reject these commands:\n  - ${problems.join("\n  - ")}`,
		);
		return 1;
	}
	const rest = new REST(restOptions(config)).setToken(config.token);
	const agent = config.proxy ? new ProxyAgent(config.proxy) : undefined;
	if (agent) rest.setAgent(agent);
	try {
		const result = await registerCommands({
			rest,
			appId: config.appId,
			guildId: config.guildId,
			commands: json,
		});
		const where =
			result.scope === "guild"
				? `server ${config.guildId}`
				: "all servers (global; may take up to an hour to show)";
		console.log(
			result.changed
				? `Registered ${result.count} commands for ${where}.`
				: `Commands unchanged (${result.count}) for ${where}; nothing sent.`,
		);
		return 0;
	} finally {
		await agent?.close();
	}
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exitCode = 1;
	},
);
