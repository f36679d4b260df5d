/**
 * Child process of the copy tests: `npm run storage -- migrate --to <url>` over the lowdb file
 * in `<dataDir>`, with the test copier and then one that sleeps, so the parent can kill -9 it
 * after rows were inserted but before the commit.
 * Usage: node --import tsx test/helpers/pg-copy-child.ts <dataDir> <url>
 */
import { runStorageScript } from "../../scripts/storage.js";
import {
	itemsCopier,
	itemsFeature,
	sleepingCopier,
} from "./pg-test-migrations.js";

const [dataDir, url] = process.argv.slice(2);
if (!dataDir || !url) throw new Error("usage: pg-copy-child <dataDir> <url>");
process.exitCode = await runStorageScript(
	["migrate", "--to", url],
	{ DATA_DIR: dataDir },
	(line) => process.stdout.write(`${line}\n`),
	{ features: [itemsFeature], copiers: [itemsCopier, sleepingCopier(60)] },
);
