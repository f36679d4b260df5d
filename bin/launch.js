// Runs one entry point of the bot (`src/main`, `scripts/reminders`, …) from the compiled
// `dist/` when it is there and not older than the sources, otherwise from the TypeScript
// sources through tsx (a dev dependency). So `npm ci && npm start` works on a fresh clone, and
// after `npm run build` and `npm prune --omit=dev` the same commands run without tsx.
// Plain JavaScript on purpose: it must run before anything is compiled.
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** Newest modification time (ms) of the `.ts` files under the source folders; 0 when none. */
function newestSource() {
	let newest = 0;
	for (const folder of ["src", "commands", "scripts"]) {
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

/** `process.argv[1]` names the file that runs, as if Node had been started on it. */
function run(file, args) {
	process.argv = [process.argv[0] ?? "node", file, ...args];
	return import(pathToFileURL(file).href);
}

/**
 * Starts `entry` (a path under the package root without extension) with `args`.
 * Exits 1 with a reason when neither a build nor tsx is there.
 */
export async function launch(entry, args) {
	const compiled = join(root, "dist", `${entry}.js`);
	const source = join(root, `${entry}.ts`);
	const built = existsSync(compiled);
	if (built && statSync(compiled).mtimeMs >= newestSource())
		return run(compiled, args);
	if (existsSync(source) && (await hasTsx())) {
		const { register } = await import("tsx/esm/api");
		register();
		return run(source, args);
	}
	if (built) {
		process.stderr.write(
			"onex-bot: dist/ is older than the sources and tsx is not installed; running the old build (run npm run build).\n",
		);
		return run(compiled, args);
	}
	process.stderr.write(
		"onex-bot: nothing to run: no dist/ build and no tsx. Run `npm ci && npm run build`, or `npm ci` to run from the sources.\n",
	);
	process.exit(1);
}
