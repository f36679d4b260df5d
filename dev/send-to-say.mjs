// One-time move of dialogue tests from `client.send(line, { user, … })` to the one chat client's
// `client.say(user, line, { … })`. Usage: node dev/send-to-say.mjs <files…>; then biome --write.
import { readFileSync, writeFileSync } from "node:fs";
import ts from "typescript";

const receivers = new Set(["bot", "client", "b", "other"]);
const by = (a, b) => b.start - a.start;

for (const file of process.argv.slice(2)) {
	const source = readFileSync(file, "utf8");
	const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
	const edits = [];
	const text = (node) => source.slice(node.getStart(sf), node.end);
	// `const admin = { user: "console:admin" }`: options named once at the top of a file.
	const decls = new Map();
	const declNodes = new Map();
	const findDecls = (node) => {
		if (
			ts.isVariableDeclaration(node) &&
			ts.isIdentifier(node.name) &&
			node.initializer &&
			ts.isObjectLiteralExpression(node.initializer)
		) {
			decls.set(node.name.text, node.initializer.properties);
			declNodes.set(node.name.text, node.initializer);
		}
		ts.forEachChild(node, findDecls);
	};
	findDecls(sf);
	const userOnly = new Set();
	const visit = (node) => {
		if (
			ts.isCallExpression(node) &&
			ts.isPropertyAccessExpression(node.expression) &&
			node.expression.name.text === "send" &&
			ts.isIdentifier(node.expression.expression) &&
			receivers.has(node.expression.expression.text)
		) {
			const [line, options] = node.arguments;
			let user = '"console:student"';
			let rest;
			if (options && ts.isObjectLiteralExpression(options)) {
				const kept = [];
				let platform;
				for (const p of options.properties) {
					const name = p.name && ts.isIdentifier(p.name) ? p.name.text : "";
					if (name === "user")
						user = ts.isShorthandPropertyAssignment(p)
							? "user"
							: text(p.initializer);
					else {
						if (name === "platform")
							platform = ts.isShorthandPropertyAssignment(p)
								? "platform"
								: text(p.initializer);
						kept.push(text(p));
					}
				}
				if (
					!options.properties.some((p) => p.name?.text === "user") &&
					platform
				)
					user = /^"[a-z]+"$/.test(platform)
						? `"${platform.slice(1, -1)}:student"`
						: `\`\${${platform}}:student\``;
				rest = kept.length ? `{ ${kept.join(", ")} }` : undefined;
			} else if (
				options &&
				ts.isIdentifier(options) &&
				decls.has(options.text)
			) {
				const props = decls.get(options.text);
				const names = props.map((p) => p.name?.text);
				if (names.length === 1 && names[0] === "user") {
					user = options.text;
					userOnly.add(options.text);
				} else if (names.includes("user")) {
					user = `${options.text}.user`;
					rest = options.text;
				} else rest = options.text;
			} else if (options) {
				console.log(
					`${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}: options not literal: ${text(options)}`,
				);
				user = `${text(options)}.user ?? "console:student"`;
				rest = text(options);
			}
			const args = [user, text(line), ...(rest ? [rest] : [])].join(", ");
			edits.push({
				start: node.expression.name.getStart(sf),
				end: node.end,
				replacement: `say(${args})`,
			});
			return; // no nested sends inside one send's arguments
		}
		ts.forEachChild(node, visit);
	};
	visit(sf);
	// A name that only ever carried the user becomes the user's key itself.
	for (const name of userOnly) {
		const init = declNodes.get(name);
		const [p] = init.properties;
		edits.push({
			start: init.getStart(sf),
			end: init.end,
			replacement: ts.isShorthandPropertyAssignment(p)
				? "user"
				: text(p.initializer),
		});
	}
	let out = source;
	for (const e of edits.sort(by))
		out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
	out = out.replaceAll('TestClient["send"]', 'TestClient["say"]');
	if (out !== source) writeFileSync(file, out);
	console.log(`${file}: ${edits.length}`);
}
