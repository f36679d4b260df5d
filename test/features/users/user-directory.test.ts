import { describe, expect, it } from "vitest";
import { createUserDirectory } from "../../../src/features/users/user-directory.js";
import { emptyDb } from "../../../src/storage/db.js";
import { memoryStore } from "../../../src/storage/store.js";

describe("createUserDirectory", () => {
	it("knows admins from configuration, teachers from the database, students otherwise", async () => {
		const store = memoryStore(emptyDb());
		const users = createUserDirectory(store, [" telegram:1 ", "discord:2", ""]);
		expect(users.roleOf("telegram:1")).toBe("admin");
		expect(users.roleOf("discord:2")).toBe("admin");
		expect(users.roleOf("telegram:3")).toBe("student");
		expect(users.roleOf("")).toBe("student");
		await store.update((d) => {
			d.training.roles["telegram:3"] = "teacher";
		});
		expect(users.roleOf("telegram:3")).toBe("teacher");
	});
});
