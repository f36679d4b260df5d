import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Repositories } from "../../src/features/repositories.js";
import { lowdbRepositories } from "../../src/storage/lowdb/repositories.js";
import { openJsonStore } from "../../src/storage/open-json-store.js";
import { openPgDatabase } from "../../src/storage/postgres/database.js";
import { migrateSchema } from "../../src/storage/postgres/migrate.js";
import {
	postgresMigrations,
	postgresRepositories,
} from "../../src/storage/postgres/repositories.js";
import { freshDatabase } from "./postgres.js";

type TrainingRepositories = Pick<Repositories, "trainingRecords" | "teachers">;

/** The training repositories of one store, and a second instance on the same data when it has one. */
export interface TrainingBackend {
	repos: TrainingRepositories;
	/** Another process's view of the same database (PostgreSQL); the same object on lowdb. */
	other: TrainingRepositories;
	close(): Promise<void>;
}

/** Both implementations, for `describe.each`: lowdb on a real JSON file, PostgreSQL on a fresh database. */
export const trainingBackends: {
	name: string;
	open: () => Promise<TrainingBackend>;
}[] = [
	{
		name: "lowdb",
		async open() {
			const dir = await mkdtemp(join(tmpdir(), "onex-training-"));
			const store = await openJsonStore(join(dir, "db.json"));
			const repos = lowdbRepositories(store);
			return {
				repos,
				other: repos,
				async close() {
					await store.close();
					await rm(dir, { recursive: true, force: true });
				},
			};
		},
	},
	{
		name: "postgres",
		async open() {
			const fresh = await freshDatabase();
			const one = openPgDatabase(fresh.url, { max: 4 });
			const two = openPgDatabase(fresh.url, { max: 4 });
			await migrateSchema(one, postgresMigrations);
			return {
				repos: postgresRepositories(one),
				other: postgresRepositories(two),
				async close() {
					await one.close();
					await two.close();
					await fresh.drop();
				},
			};
		},
	},
];
