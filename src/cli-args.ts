import { parseArgs } from "node:util";

export interface CliOptions {
	/** Run the console even when platform tokens are configured. */
	console: boolean;
	json: boolean;
	user: string;
	lang: string | undefined;
}

/** `--console`, `--json`, `--user <id>`, `--lang <zh|en>`; throws a readable error for anything else. */
export function parseCli(argv: readonly string[]): CliOptions {
	const { values } = parseArgs({
		args: [...argv],
		options: {
			console: { type: "boolean", default: false },
			json: { type: "boolean", default: false },
			user: { type: "string", default: "local" },
			lang: { type: "string" },
		},
		strict: true,
		allowPositionals: false,
	});
	const user = values.user ?? "local";
	if (!/^[\w.-]{1,64}$/.test(user))
		throw new Error(`--user: use letters, digits, . _ or - (got "${user}")`);
	return {
		console: values.console ?? false,
		json: values.json ?? false,
		user,
		lang: values.lang,
	};
}
