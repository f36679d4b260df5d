import type { FeatureMigrations } from "./migrate.js";

/** Every feature's tables, migrated at start-up in this order. */
export const postgresMigrations: readonly FeatureMigrations[] = [];
