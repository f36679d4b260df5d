import { describe, expect, it } from "vitest";
import { createUserDirectory } from "../../../src/features/users/user-directory.js";
import { emptyDb } from "../../../src/storage/db.js";
import { lowdbTeachers } from "../../../src/storage/lowdb/teacher-repository.js";
import { memoryStore } from "../../../src/storage/store.js";

describe("createUserDirectory", () => {
	it("knows admins from configuration, teachers from the database, students otherwise", async () => {
		const store = memoryStore(emptyDb());
		const users = createUserDirectory(lowdbTeachers(store), [
			" telegram:1 ",
			"discord:2",
			"",
		]);
		expect(await users.roleOf("telegram:1")).toBe("admin");
		expect(await users.roleOf("discord:2")).toBe("admin");
		expect(await users.roleOf("telegram:3")).toBe("student");
		expect(await users.roleOf("")).toBe("student");
		await store.apply([
			{
				op: "set",
				path: ["training", "roles", "telegram:3"],
				value: "teacher",
			},
		]);
		expect(await users.roleOf("telegram:3")).toBe("teacher");
	});
});
