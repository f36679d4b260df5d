import { describe, expect, it } from "vitest";
import setup from "../../helpers/global-postgres.js";

/** What the global set-up hands the test files, for a given machine. */
async function provided(
	find: () => string | undefined,
	env: Record<string, string | undefined>,
) {
	const values: Record<string, unknown> = {};
	const teardown = await setup(
		{
			provide: ((key: string, value: unknown) => {
				values[key] = value;
			}) as never,
		},
		find,
		env,
	);
	await teardown();
	return values;
}

describe("the PostgreSQL test set-up", () => {
	it("uses TEST_DATABASE_URL when it is set, starting nothing", async () => {
		expect(
			await provided(() => undefined, {
				TEST_DATABASE_URL: "postgres://ci@127.0.0.1:5999/postgres",
			}),
		).toEqual({
			pgBin: "",
			testDatabaseUrl: "postgres://ci@127.0.0.1:5999/postgres",
			testDatabaseProblem: "",
		});
	});

	it("says what to install when there is neither a server nor PostgreSQL, so those tests fail instead of skipping", async () => {
		const values = await provided(() => undefined, {});
		expect(values.testDatabaseUrl).toBe("");
		expect(values.testDatabaseProblem).toBe(
			"PostgreSQL is not installed: install it (apt-get install postgresql) so npm test starts a throw-away server, or set TEST_DATABASE_URL=postgres://user@host:port/postgres (a user that may create databases)",
		);
	});

	it("names the binaries that failed to start a server", async () => {
		const values = await provided(() => "/nonexistent/pg/bin", {});
		expect(values.testDatabaseUrl).toBe("");
		expect(values.testDatabaseProblem).toMatch(
			/^could not start a throw-away PostgreSQL with \/nonexistent\/pg\/bin: /,
		);
	});
});
