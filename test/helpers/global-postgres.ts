import type { TestProject } from "vitest/node";
import { type Cluster, findPgBin, startCluster } from "./pg-cluster.js";

declare module "vitest" {
	export interface ProvidedContext {
		/** The server `freshDatabase()` makes databases on; empty when there is none. */
		testDatabaseUrl: string;
		/** Why there is no server, said as what to do; empty when there is one. */
		testDatabaseProblem: string;
		/** Folder of initdb/pg_ctl for tests that run a server of their own; empty when missing. */
		pgBin: string;
	}
}

/**
 * Vitest global set-up: the PostgreSQL tests run against `TEST_DATABASE_URL` when it is set
 * (`.ci/run` sets it); otherwise a throw-away cluster is started here when PostgreSQL is installed,
 * and stopped and deleted after the run. Without either, those tests fail saying what to do.
 */
export default async function setup(
	project: Pick<TestProject, "provide">,
	find: () => string | undefined = findPgBin,
	env: Record<string, string | undefined> = process.env,
) {
	const bin = find() ?? "";
	project.provide("pgBin", bin);
	const given = env.TEST_DATABASE_URL ?? "";
	let cluster: Cluster | undefined;
	let problem = "";
	if (given === "" && bin !== "") {
		try {
			cluster = await startCluster(bin);
		} catch (error) {
			problem = `could not start a throw-away PostgreSQL with ${bin}: ${error instanceof Error ? error.message : String(error)}`;
		}
	} else if (given === "")
		problem =
			"PostgreSQL is not installed: install it (apt-get install postgresql) so npm test starts a throw-away server, or set TEST_DATABASE_URL=postgres://user@host:port/postgres (a user that may create databases)";
	project.provide("testDatabaseUrl", given || cluster?.url || "");
	project.provide("testDatabaseProblem", problem);
	return async () => {
		await cluster?.remove();
	};
}
