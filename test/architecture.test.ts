import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory()
			? sourceFiles(path)
			: path.endsWith(".ts")
				? [path]
				: [];
	});
}

function importsOf(file: string): string[] {
	const source = readFileSync(file, "utf8");
	return [
		...source.matchAll(
			/(?:^|\n)\s*(?:import|export)[^"'`]*?from\s+["']([^"']+)["']/g,
		),
	].map((m) => m[1] as string);
}

function resolved(file: string, spec: string): string {
	return spec.startsWith(".")
		? relative(root, resolve(file, "..", spec))
		: spec;
}

describe("dependency direction", () => {
	it("core imports nothing outside core: no SDK, no storage, no file system", () => {
		for (const file of sourceFiles(join(root, "src/core"))) {
			for (const spec of importsOf(file)) {
				const target = resolved(file, spec);
				expect(
					target.startsWith("src/core/"),
					`${relative(root, file)} imports ${spec}`,
				).toBe(true);
			}
		}
	});

	it("commands import the core and each other only", () => {
		for (const file of sourceFiles(join(root, "commands"))) {
			for (const spec of importsOf(file)) {
				const target = resolved(file, spec);
				const ok =
					target.startsWith("src/core/") || target.startsWith("commands/");
				expect(ok, `${relative(root, file)} imports ${spec}`).toBe(true);
			}
		}
	});

	it("adapters do not reach into services", () => {
		for (const file of sourceFiles(join(root, "src/adapters"))) {
			for (const spec of importsOf(file)) {
				const target = resolved(file, spec);
				expect(
					target.startsWith("src/services/"),
					`${relative(root, file)} imports ${spec}`,
				).toBe(false);
			}
		}
	});

	it("only the storage service imports lowdb, and nothing but config reads process.env", () => {
		for (const file of [
			...sourceFiles(join(root, "src")),
			...sourceFiles(join(root, "commands")),
		]) {
			const rel = relative(root, file);
			const source = readFileSync(file, "utf8");
			if (importsOf(file).some((s) => s.startsWith("lowdb")))
				expect(rel).toMatch(/^src\/services\/storage\//);
			if (/process\.env\b/.test(source))
				expect(rel).toMatch(/^src\/(main|config)\.ts$/);
		}
	});
});
