import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createServices } from "../../src/create-services.js";
import { emptyKnowledgeLayer } from "../../src/features/knowledge/layer/data.js";
import { lowdbLayerSnapshot } from "../../src/storage/lowdb/knowledge-layer-repository.js";
import { lowdbRepositories } from "../../src/storage/lowdb/repositories.js";
import { openJsonStore } from "../../src/storage/open-json-store.js";
import { StorageError } from "../../src/storage/storage-error.js";
import { changeBy } from "../helpers/change.js";
import { FixedClock } from "../helpers/fixed-clock.js";
import { shippedKnowledge } from "../helpers/test-client.js";

let dir = "";
afterEach(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
});

const settings = {
	adminIds: ["console:admin"],
	teacherInviteCode: undefined,
	zone: "Asia/Shanghai",
	reminderTime: "08:00",
	groupSubscribeRole: "teacher" as const,
	clock: new FixedClock("2026-11-28T02:00:00Z"),
};
const source = {
	title: "名单",
	url: "https://example.edu.cn/4",
	trust: "medium" as const,
};

describe("the knowledgeLayer section", () => {
	it("is added empty to a file from before it existed", async () => {
		dir = await mkdtemp(join(tmpdir(), "onex-layer-"));
		const file = join(dir, "db.json");
		await writeFile(file, JSON.stringify({ schemaVersion: 1, unanswered: [] }));
		const store = await openJsonStore(file);
		try {
			expect(store.data.knowledgeLayer).toEqual(emptyKnowledgeLayer());
		} finally {
			await store.close();
		}
	});

	it("reopens every kind of layer record the bot wrote, and still answers with it", async () => {
		dir = await mkdtemp(join(tmpdir(), "onex-layer-"));
		const file = join(dir, "db.json");
		const knowledge = await shippedKnowledge();
		const store = await openJsonStore(file);
		const { knowledgeLayer: kb } = createServices(
			lowdbRepositories(store),
			knowledge,
			{ ...settings, knowledgeLayer: lowdbLayerSnapshot(store.data) },
		);
		const by = changeBy("console:admin", settings.clock.now());
		await kb.addCertificate(
			by,
			{ name: "甲证书", levels: ["初级"], aliases: ["甲"] },
			source,
		);
		await kb.editCertificate(
			by,
			"c001",
			{ organisation: null, description: "简介" },
			source,
		);
		await kb.removeCertificate(by, "c002", source);
		await kb.addLink(
			by,
			{
				certificateId: "k001",
				major: "510203",
				kind: "school",
				evidence: "方案",
			},
			source,
		);
		const shippedLink = knowledge.links.find((l) => l.majorCodes.length > 0);
		if (!shippedLink) throw new Error("fixture: a shipped link with a code");
		await kb.removeLink(
			by,
			shippedLink.certificateId,
			shippedLink.majorCodes[0] as string,
			source,
		);
		await kb.addFaq(
			by,
			{ question: "问题", answer: "回答", variants: ["问法"] },
			source,
		);
		const shippedFaq = knowledge.faq[0]?.id as string;
		await kb.editFaq(by, shippedFaq, { askWhere: "1+X 办公室" }, source);
		await kb.removeFaq(by, knowledge.faq[1]?.id as string, source);
		await store.close();

		const again = await openJsonStore(file);
		try {
			const services = createServices(lowdbRepositories(again), knowledge, {
				...settings,
				knowledgeLayer: lowdbLayerSnapshot(again.data),
			});
			expect(services.knowledge.getCertificate("k001")?.name).toBe("甲证书");
			expect(services.knowledge.getCertificate("c001")?.description).toBe(
				"简介",
			);
			expect(services.knowledge.getCertificate("c002")).toBeUndefined();
			expect(
				services.knowledge.faq.find((f) => f.id === shippedFaq)?.askWhere,
			).toBe("1+X 办公室");
			expect(await services.knowledgeLayer.counts()).toMatchObject({
				added: { certificates: 1, links: 1, faq: 1 },
				changed: { certificates: 1, faq: 1 },
				removed: { certificates: 1, links: 1, faq: 1 },
			});
			expect(again.data.knowledgeLayer.audit.map((a) => a.action)).toEqual([
				"add",
				"edit",
				"remove",
				"add",
				"remove",
				"add",
				"edit",
				"remove",
			]);
		} finally {
			await again.close();
		}
	});

	it("refuses a damaged layer record, naming where", async () => {
		dir = await mkdtemp(join(tmpdir(), "onex-layer-"));
		const file = join(dir, "db.json");
		const layer = {
			...emptyKnowledgeLayer(),
			certificates: [{ by: "x", at: "y", record: { id: "k001" } }],
		};
		await writeFile(
			file,
			JSON.stringify({ schemaVersion: 1, knowledgeLayer: layer }),
		);
		const error = await openJsonStore(file).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect((error as Error).message).toContain(
			"knowledgeLayer.certificates[0].record.name",
		);
	});
});
