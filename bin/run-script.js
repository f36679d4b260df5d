// `npm run reminders`, `npm run discord:register`: `node bin/run-script.js <name> [args]` runs
// `scripts/<name>`, compiled when a current build exists (see launch.js).
import { launch } from "./launch.js";

const [name = "", ...args] = process.argv.slice(2);
if (!/^[a-z][a-z0-9-]*$/.test(name)) {
	process.stderr.write("usage: node bin/run-script.js <script> [args]\n");
	process.exit(1);
}
await launch(`scripts/${name}`, args);
