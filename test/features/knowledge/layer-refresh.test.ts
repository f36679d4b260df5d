import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createKnowledgeService } from "../../../src/features/knowledge/knowledge-service.js";
import type { KnowledgeLayerRepository } from "../../../src/features/knowledge/layer/layer-repository.js";
import {
	createLayeredKnowledge,
	LAYER_REFRESH_MS,
} from "../../../src/features/knowledge/layer/layer-service.js";
import { type OpenedStorage, storageKinds } from "../../helpers/both-stores.js";
import { changeBy } from "../../helpers/change.js";
import { FixedClock } from "../../helpers/fixed-clock.js";
import { shippedKnowledge } from "../../helpers/test-client.js";

const source = {
	title: "第四批名单",
	url: "https://example.edu.cn/4",
	trust: "medium" as const,
};

/** One bot instance's knowledge over `repository`, loaded at its start. */
async function instance(
	repository: KnowledgeLayerRepository,
	clock: FixedClock,
) {
	return createLayeredKnowledge({
		shipped: await shippedKnowledge(),
		repository,
		snapshot: await repository.load(),
		build: createKnowledgeService,
		clock,
	});
}

const names = (k: Awaited<ReturnType<typeof instance>>, q: string) =>
	k.knowledge.searchCertificates(q, 3).map((h) => h.item.name);

describe.each(storageKinds)(
	"two instances sharing the knowledge layer on $name",
	(kind) => {
		let opened: OpenedStorage;
		beforeEach(async () => {
			opened = await kind.open();
		});
		afterEach(async () => {
			await opened.close();
		});

		it("another instance's change reaches answers within the refresh interval, not before", async () => {
			const clock = new FixedClock();
			const a = await instance(opened.repositories.knowledgeLayer, clock);
			const b = await instance(opened.other().knowledgeLayer, clock);
			await a.layer.addCertificate(
				changeBy("console:admin", clock.now()),
				{ name: "甲乙丙测试证书" },
				source,
			);
			expect(names(a, "甲乙丙测试证书")).toContain("甲乙丙测试证书");

			clock.advance(LAYER_REFRESH_MS - 1000);
			expect(names(b, "甲乙丙测试证书")).not.toContain("甲乙丙测试证书");
			expect((await b.layer.counts()).added.certificates).toBe(0);

			clock.advance(1000);
			// A question starts the check in the background (it is not waited for); the answers
			// after it has landed have the change, with nothing else calling the layer.
			expect(names(b, "甲乙丙测试证书")).not.toContain("甲乙丙测试证书");
			await vi.waitFor(
				() => expect(names(b, "甲乙丙测试证书")).toContain("甲乙丙测试证书"),
				{ timeout: 20_000, interval: 50 },
			);
			expect((await b.layer.counts()).added.certificates).toBe(1);
		});

		it("a change checked against an outdated layer is checked again on the newest one", async () => {
			const clock = new FixedClock();
			const a = await instance(opened.repositories.knowledgeLayer, clock);
			const b = await instance(opened.other().knowledgeLayer, clock);
			const admin = changeBy("console:admin", clock.now());
			const first = await a.layer.addCertificate(
				admin,
				{ name: "甲乙丙测试证书" },
				source,
			);
			expect(first.id).toBe("k001");
			// B has not seen it: its own next id would also be k001, and its name check would pass.
			await expect(
				b.layer.addCertificate(admin, { name: "甲乙丙测试证书" }, source),
			).rejects.toMatchObject({ code: "kb.cert_exists" });
			const second = await b.layer.addCertificate(
				admin,
				{ name: "丁戊己测试证书" },
				source,
			);
			expect(second.id).toBe("k002");
			expect(names(b, "甲乙丙测试证书")).toContain("甲乙丙测试证书");
			expect(await opened.repositories.knowledgeLayer.version()).toBe(2);
			expect(await a.layer.refresh()).toBe(true);
			expect(a.knowledge.getCertificate("k002")?.name).toBe("丁戊己测试证书");
			expect((await a.layer.recentChanges(5)).map((c) => c.target)).toEqual([
				"certificate k002",
				"certificate k001",
			]);
		});
	},
);
