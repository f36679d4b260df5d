// `npm start` / `npm run chat`: runs the compiled bot from `dist/` when it is there and not
// older than the sources, otherwise the TypeScript sources through tsx (a dev dependency).
// So `npm ci && npm start` works on a fresh clone, and after `npm run build` and
// `npm prune --omit=dev` the same command starts without tsx, in well under a second.
// Plain JavaScript on purpose: it must run before anything is compiled.
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const compiled = join(root, "dist", "src", "main.js");
const sources = join(root, "src", "main.ts");

/** Newest modification time (ms) of the `.ts` files under the source folders; 0 when none. */
function newestSource() {
	let newest = 0;
	for (const folder of ["src", "commands"]) {
		const dir = join(root, folder);
		if (!existsSync(dir)) continue;
		for (const entry of readdirSync(dir, { recursive: true })) {
			const name = String(entry);
			if (!name.endsWith(".ts")) continue;
			newest = Math.max(newest, statSync(join(dir, name)).mtimeMs);
		}
	}
	return newest;
}

async function hasTsx() {
	try {
		await import("tsx/esm/api");
		return true;
	} catch {
		return false;
	}
}

async function start() {
	const built = existsSync(compiled);
	const fresh = built && statSync(compiled).mtimeMs >= newestSource();
	if (built && fresh) return import(pathToFileURL(compiled).href);
	if (existsSync(sources) && (await hasTsx())) {
		const { register } = await import("tsx/esm/api");
		register();
		return import(pathToFileURL(sources).href);
	}
	if (built) {
		process.stderr.write(
			"onex-bot: dist/ is older than the sources and tsx is not installed; starting the old build (run npm run build).\n",
		);
		return import(pathToFileURL(compiled).href);
	}
	process.stderr.write(
		"onex-bot: nothing to run: no dist/ build and no tsx. Run `npm ci && npm run build`, or `npm ci` to run from the sources.\n",
	);
	process.exit(1);
}

await start();
