/**
 * Child process of the migration tests: migrates `<url>` with two steps of a feature `slow`, the
 * second of which creates a table and then sleeps, so the parent can kill -9 it half-way.
 * Usage: node --import tsx test/helpers/pg-migrate-child.ts <url>
 */
import { openPgDatabase } from "../../src/storage/postgres/database.js";
import { migrateSchema } from "../../src/storage/postgres/migrate.js";
import { slowFeature } from "./pg-test-migrations.js";

const [url] = process.argv.slice(2);
if (!url) throw new Error("usage: pg-migrate-child <url>");
const db = openPgDatabase(url);
// Far longer than the test waits: the server must notice the dead client during the sleep.
await migrateSchema(db, [slowFeature(60)]);
await db.close();
