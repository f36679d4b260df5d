import { open } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * Makes a rename, creation or deletion of `path` durable by fsyncing its directory. Windows
 * cannot open a directory; there it is skipped.
 */
export async function syncDirectory(path: string): Promise<void> {
	if (process.platform === "win32") return;
	const handle = await open(dirname(path), "r");
	try {
		await handle.sync();
	} finally {
		await handle.close();
	}
}
