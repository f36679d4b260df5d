import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBot } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { renderText } from "../src/core/render-text.js";
import { emptyDb } from "../src/storage/db.js";
import { memoryStore } from "../src/storage/store.js";
import { type OpenedStorage, storageKinds } from "./helpers/both-stores.js";
import { changeBy } from "./helpers/change.js";
import { FixedClock } from "./helpers/fixed-clock.js";
import { MemoryLogger } from "./helpers/memory-logger.js";
import { shippedKnowledge } from "./helpers/test-client.js";

const source = {
	title: "第四批名单",
	url: "https://example.edu.cn/4",
	trust: "medium" as const,
};

describe.each(storageKinds)(
	"the bot starting on $name repositories",
	(kind) => {
		let opened: OpenedStorage;
		beforeEach(async () => {
			opened = await kind.open();
		});
		afterEach(async () => {
			await opened.close();
		});

		it("answers with the knowledge layer loaded before it starts", async () => {
			const ports = {
				store: memoryStore(emptyDb()),
				knowledge: await shippedKnowledge(),
				clock: new FixedClock(),
				logger: new MemoryLogger(),
			};
			const { store: _memory, ...rest } = ports;
			const repositories = opened.repositories;
			await opened.repositories.knowledgeLayer.commit(
				0,
				[
					{ op: "next-seq", value: { certificate: 2, link: 1, faq: 1 } },
					{
						op: "put",
						list: "faq",
						value: {
							entry: {
								id: "kb-1",
								question: "学校的考点在哪里",
								variants: [],
								answer: "在实训楼三楼",
								confidence: "medium",
								verified: "2026-11-28",
								sources: [source],
							},
							by: "console:admin",
							at: changeBy("console:admin").now.toISOString(),
						},
					},
				],
				{
					at: changeBy("console:admin").now.toISOString(),
					by: "console:admin",
					action: "add",
					target: "faq kb-1",
					source: "第四批名单",
				},
			);
			const bot = createBot(loadConfig({}), {
				...rest,
				repositories,
				knowledgeLayer: await repositories.knowledgeLayer.load(),
			});
			const answer = await bot.dispatcher.handle({
				platform: "console",
				user: { key: "console:student" },
				chat: { key: "console:student", kind: "private" },
				locale: "zh-CN",
				text: "学校的考点在哪里",
			});
			expect(answer && renderText(answer)).toContain("在实训楼三楼");
		});
	},
);
