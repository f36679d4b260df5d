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

/**
 * Which features a feature's code (and its commands) may import besides its own folder and core.
 * users ⇄ training is a known cycle (roles and profiles live in training's data) still to untangle.
 */
const featureBuildsOn: Record<string, readonly string[]> = {
	knowledge: ["users"],
	exams: ["knowledge", "reminders"],
	reminders: ["knowledge", "exams", "training"],
	training: ["users"],
	users: ["training"],
};
/** Command groups: a feature's own, plus `ask` (free-text routing) and `general` (help, start). */
const commandBuildsOn: Record<string, readonly string[]> = {
	...featureBuildsOn,
	// `/kb cert` reads exam rounds the way `/exam add` does
	knowledge: [...(featureBuildsOn.knowledge ?? []), "exams"],
	ask: ["knowledge", "exams", "training", "general"],
	general: [],
};
const domainTypes =
	/\b(Certificate|ExamRound|Milestone|TrainingRecord|TeacherProfile|KnowledgeService|TrainingService|ExamService|ReminderService|UserDirectory|UnansweredLog|InviteService|KnowledgeLayerPort|Major\w*)\b/;
const domainWords =
	/certificate|teacher|exam(?!ple)|major|training|knowledge|reminder|practice|invite|student|admin/gi;
/**
 * Domain words core still names: the three roles of `command.ts`,
 * the access-denied keys of the dispatcher and `quoteForAdmin`, the role names of the framework
 * messages (with the invite code a teacher needs). Every feature brings its own messages.
 */
const coreDomainWords: Record<string, readonly string[]> = {
	"src/core/command.ts": ["student", "teacher", "admin"],
	"src/core/dispatcher.ts": ["admin", "teacher"],
	"src/core/text.ts": ["admin"],
	"src/core/messages/common.ts": ["student", "teacher", "admin", "invite"],
};

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

	it("core reaches no feature's service by name: what it needs of one is an option (roleOf)", () => {
		for (const file of sourceFiles(join(root, "src/core"))) {
			const text = readFileSync(file, "utf8");
			expect(
				text.match(/\bservices\.(?!ts\b)[a-zA-Z]+/g) ?? [],
				relative(root, file),
			).toEqual([]);
		}
	});

	it("a command imports the core, its own feature and the features that feature builds on", () => {
		for (const file of sourceFiles(join(root, "commands"))) {
			const rel = relative(root, file);
			const group = rel.split("/")[1] as string;
			if (rel === "commands/index.ts") continue; // the list of every command
			const allowed = [group, ...(commandBuildsOn[group] ?? [])];
			for (const spec of importsOf(file)) {
				const target = resolved(file, spec);
				const ok =
					target.startsWith("src/core/") ||
					allowed.some(
						(g) =>
							target.startsWith(`commands/${g}/`) ||
							target.startsWith(`src/features/${g}/`),
					);
				expect(ok, `${rel} imports ${spec}`).toBe(true);
			}
		}
	});

	it("a feature imports the core and only the features it is declared to build on, never storage (it declares repositories; storage implements them)", () => {
		for (const file of sourceFiles(join(root, "src/features"))) {
			const rel = relative(root, file);
			const parts = rel.split("/");
			if (parts.length === 3) continue; // services.ts, complete.ts: join the features
			const feature = parts[2] as string;
			const allowed = [feature, ...(featureBuildsOn[feature] ?? [])];
			for (const spec of importsOf(file)) {
				const target = resolved(file, spec);
				if (!target.startsWith("src/")) continue;
				const ok =
					target.startsWith("src/core/") ||
					allowed.some((f) => target.startsWith(`src/features/${f}/`));
				expect(ok, `${rel} imports ${spec}`).toBe(true);
			}
		}
	});

	it("the folders the layout names exist, one per feature and command group", () => {
		for (const dir of [
			...Object.keys(featureBuildsOn).map((f) => `src/features/${f}`),
			...Object.keys(commandBuildsOn).map((g) => `commands/${g}`),
			"src/core",
			"src/storage",
			"src/adapters",
		])
			expect(statSync(join(root, dir)).isDirectory(), dir).toBe(true);
		const commandDirs = readdirSync(join(root, "commands")).filter((n) =>
			statSync(join(root, "commands", n)).isDirectory(),
		);
		expect(commandDirs.sort()).toEqual(Object.keys(commandBuildsOn).sort());
		expect(
			readdirSync(join(root, "commands")).filter((n) => n.endsWith(".ts")),
		).toEqual(["index.ts"]);
	});

	it("core names no domain type and no domain word outside the few still listed", () => {
		for (const file of sourceFiles(join(root, "src/core"))) {
			const rel = relative(root, file);
			const code = readFileSync(file, "utf8")
				.replace(/\/\*[\s\S]*?\*\//g, "")
				.replace(/\/\/.*$/gm, "");
			expect(code, rel).not.toMatch(domainTypes);
			const words = new Set(
				[...code.matchAll(domainWords)].map((m) =>
					(m[0] as string).toLowerCase(),
				),
			);
			const allowedWords = coreDomainWords[rel] ?? [];
			for (const word of words)
				expect(allowedWords, `${rel} names "${word}"`).toContain(word);
			// A key built from a template (`field.${name}`) would name a feature's key family.
			expect(code, rel).not.toMatch(/`[\w-]+[._][\w-]*\$\{/);
		}
	});

	it("adapters reach no storage, no feature (suggestions come through the dispatcher) and never the parser", () => {
		for (const file of sourceFiles(join(root, "src/adapters"))) {
			const rel = relative(root, file);
			for (const spec of importsOf(file)) {
				const target = resolved(file, spec);
				expect(
					target.startsWith("src/storage/"),
					`${rel} imports ${spec}`,
				).toBe(false);
				expect(
					target.startsWith("src/features/"),
					`${rel} imports the feature ${spec}`,
				).toBe(false);
				expect(target, `${rel} imports the parser`).not.toBe(
					"src/core/parse.js",
				);
			}
			// Nor resolve a command by name: the dispatcher's `resolve` does that.
			expect(readFileSync(file, "utf8"), rel).not.toMatch(
				/\bfindSubcommand\b|\bfindByPrefix\b|registry\.find\(/,
			);
		}
	});

	it("docs/architecture.md names only paths that exist", () => {
		const page = readFileSync(join(root, "docs/architecture.md"), "utf8");
		const paths = [
			...page.matchAll(/`((?:src|commands|test|bench)\/[^`<>\s]*)`/g),
		].map((m) => m[1] as string);
		expect(paths.length).toBeGreaterThan(20);
		for (const path of paths)
			expect(() => statSync(join(root, path)), path).not.toThrow();
	});

	it("only createBot wires the dispatcher, besides the listed harnesses over fake services", () => {
		// Unit harnesses that drive the dispatcher over test commands or fakes, not the bot.
		const harnesses = [
			"src/app.ts",
			"src/core/dispatcher.ts",
			"test/helpers/chat-client.ts",
		];
		for (const dir of ["src", "commands", "test", "bench", "scripts"])
			for (const file of sourceFiles(join(root, dir))) {
				const rel = relative(root, file);
				if (/\bcreateDispatcher\(/.test(readFileSync(file, "utf8")))
					expect(harnesses, `${rel} wires a dispatcher`).toContain(rel);
			}
	});

	it("only storage imports lowdb, only its PostgreSQL part imports pg, and nothing but config reads process.env", () => {
		for (const file of [
			...sourceFiles(join(root, "src")),
			...sourceFiles(join(root, "commands")),
		]) {
			const rel = relative(root, file);
			const source = readFileSync(file, "utf8");
			if (importsOf(file).some((s) => s.startsWith("lowdb")))
				expect(rel).toMatch(/^src\/storage\//);
			if (importsOf(file).some((s) => s === "pg" || s.startsWith("pg/")))
				expect(rel).toMatch(/^src\/storage\/postgres\//);
			if (/process\.env\b/.test(source))
				expect(rel).toMatch(/^src\/(main|config)\.ts$/);
		}
	});
});
