/** Runs every benchmark in turn; `npm run bench`. Add new benchmarks to the list. */

import "../src/messages.js";
import { benchColdStart } from "./cold-start.js";
import { benchDispatch } from "./dispatch.js";
import { evalSearch } from "./eval-search.js";
import { benchKnowledgeImport } from "./knowledge-import.js";
import { benchRateLimit } from "./rate-limit.js";
import { benchReminders } from "./reminders.js";
import { benchSearch } from "./search.js";
import { benchStorage } from "./storage.js";
import { benchStorageCompare } from "./storage-compare.js";

const benchmarks: (() => Promise<void>)[] = [
	() => evalSearch(),
	benchSearch,
	benchDispatch,
	benchStorage,
	benchStorageCompare,
	benchReminders,
	benchKnowledgeImport,
	benchRateLimit,
	benchColdStart,
];

for (const bench of benchmarks) {
	await bench();
}
