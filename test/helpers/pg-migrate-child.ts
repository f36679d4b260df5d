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
// Short enough that the server, which notices the dead client only when the sleep ends, lets go soon.
await migrateSchema(db, [slowFeature(3)]);
await db.close();
