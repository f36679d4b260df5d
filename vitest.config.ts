import { defineConfig } from "vitest/config";

export default defineConfig({
	test: {
		include: ["test/**/*.test.ts"],
		setupFiles: ["test/helpers/register-messages.ts"],
		// PostgreSQL for the storage tests: TEST_DATABASE_URL, or a throw-away cluster started here.
		globalSetup: ["test/helpers/global-postgres.ts"],
		testTimeout: 20_000,
		hookTimeout: 20_000,
	},
});
