/** Runs every benchmark in turn; `npm run bench`. Add new benchmarks to the list. */

import { benchSearch } from "./search.js";

const benchmarks: (() => Promise<void>)[] = [benchSearch];

for (const bench of benchmarks) {
	await bench();
}
