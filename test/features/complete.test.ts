import { describe, expect, it } from "vitest";
import { Registry } from "../../src/core/registry.js";
import { complete } from "../../src/features/complete.js";
import {
	discordTestCommands,
	discordTestServices,
} from "../helpers/discord-test-commands.js";

const services = discordTestServices();

describe("complete", () => {
	it("offers at most 25 certificates, each label and value within 100 characters", () => {
		const all = complete(services, "certificate", "", "zh-CN");
		expect(all).toHaveLength(25);
		expect(
			all.every((s) => s.label.length <= 100 && s.value.length <= 100),
		).toBe(true);
		expect(all[1]?.label.endsWith("…")).toBe(true);
		expect(complete(services, "certificate", "前端", "zh-CN")).toEqual([
			{ label: "Web前端开发", value: "c001" },
		]);
	});

	it("fills majors by code and exam rounds by id, labelled in the user's language", () => {
		expect(complete(services, "major", "软件", "zh-CN")).toEqual([
			{ label: "软件技术（高等职业教育专科）510203", value: "510203" },
		]);
		expect(complete(services, "exam", "前端", "en")).toEqual([
			{ label: "Web前端开发 初级/中级 exam 2026-12-12 (e1)", value: "e1" },
		]);
		expect(
			complete(services, "exam", "e", "zh-CN").map((s) => s.value),
		).toEqual(["e1"]);
	});

	it("completes visible command names and aliases from the registry", () => {
		const registry = new Registry(discordTestCommands);
		const found = complete(services, "command", "/证", "zh-CN", { registry });
		expect(found.map((s) => s.value)).toEqual(["cert"]);
		expect(complete(services, "command", "st", "zh-CN", { registry })).toEqual(
			[],
		);
		expect(complete(services, "command", "", "zh-CN")).toEqual([]);
	});
});
