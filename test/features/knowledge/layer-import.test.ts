import { describe, expect, it } from "vitest";
import { NotSavedError } from "../../../src/core/errors.js";
import { createServices } from "../../../src/create-services.js";
import type { ImportReport } from "../../../src/features/knowledge/layer/layer-port.js";
import { type DbData, emptyDb } from "../../../src/storage/db.js";
import { lowdbLayerSnapshot } from "../../../src/storage/lowdb/knowledge-layer-repository.js";
import { lowdbRepositories } from "../../../src/storage/lowdb/repositories.js";
import type { Store } from "../../../src/storage/store.js";
import { changeBy } from "../../helpers/change.js";
import { FixedClock } from "../../helpers/fixed-clock.js";
import {
	createTestClient,
	shippedKnowledge,
} from "../../helpers/test-client.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const by = "cli:office";

function okReport(report: ImportReport) {
	if (!report.ok)
		throw new Error(`refused: ${JSON.stringify(report.problems.slice(0, 3))}`);
	return report;
}

describe("importing into the running bot", () => {
	it("finds an imported certificate at once, by command and by a typed question, without a restart", async () => {
		const bot = await createTestClient();
		expect(
			(await bot.say("console:student", "/cert 智慧健康养老服务与管理")).text,
		).not.toContain("【智慧健康养老服务与管理】");
		const report = okReport(
			await bot.services.knowledgeLayer.importFile(
				changeBy(by, bot.clock.now()),
				utf8(
					"序号,职业技能等级证书名称,培训评价组织,等级\n1,智慧健康养老服务与管理职业技能等级证书,中国老年学和老年医学学会,初级、中级、高级\n",
				),
				{
					label: "list.csv",
					defaultSource:
						"第四批职业技能等级证书名单 https://example.edu.cn/4.html",
				},
			),
		);
		expect(report.added).toEqual([
			{ id: "k001", name: "智慧健康养老服务与管理" },
		]);
		const card = (await bot.say("console:student", "/cert 智慧健康养老")).text;
		expect(card).toContain("【智慧健康养老服务与管理】");
		expect(card).toContain("中国老年学和老年医学学会");
		expect(card).toContain("第四批职业技能等级证书名单");
		expect((await bot.say("console:student", "/cert k001")).text).toContain(
			"【智慧健康养老服务与管理】",
		);
		expect(
			(await bot.say("console:student", "智慧健康养老服务与管理是谁发的")).text,
		).toContain("中国老年学和老年医学学会");
		// Who and when are kept for admins; students see only the source title and link.
		const entry = bot.store.data.knowledgeLayer.audit.at(-1);
		expect(entry).toMatchObject({
			action: "import",
			target: "file list.csv",
			at: "2026-11-28T02:00:00.000Z",
		});
		expect(card).not.toContain(by);
	});

	it("merges rows naming known certificates instead of doubling them, shipped or imported", async () => {
		const bot = await createTestClient();
		const shipped = bot.services.knowledge.certificates.length;
		const withoutOrg = bot.services.knowledge.certificates.find(
			(c) => c.organisation === null,
		);
		if (!withoutOrg)
			throw new Error("fixture: a shipped certificate without an organisation");
		const fullWidth = [...withoutOrg.name]
			.map((ch) =>
				/[A-Za-z0-9]/.test(ch)
					? String.fromCharCode(ch.charCodeAt(0) + 0xfee0)
					: ch,
			)
			.join("");
		const csv = [
			"证书名称,培训评价组织,来源",
			`${fullWidth} 职业技能等级证书,某某职业教育研究院,名单甲`,
			"数字化营销,某某科技有限公司,名单甲",
			"数字化 营销职业技能等级证书,某某科技有限公司,名单乙",
		].join("\n");
		const first = okReport(
			await bot.services.knowledgeLayer.importFile(
				changeBy(by, bot.clock.now()),
				utf8(csv),
				{
					label: "a.csv",
				},
			),
		);
		expect(first.added.map((c) => c.name)).toEqual(["数字化营销"]);
		expect(first.merged.map((c) => c.id)).toEqual([withoutOrg.id]);
		const merged = bot.services.knowledge.getCertificate(withoutOrg.id);
		expect(merged?.organisation).toBe("某某职业教育研究院");
		expect(merged?.sources.map((s) => s.title)).toContain("名单甲");
		expect(
			bot.services.knowledge
				.getCertificate("k001")
				?.sources.map((s) => s.title),
		).toEqual(["名单甲", "名单乙"]);
		// The same file again adds nothing.
		const again = okReport(
			await bot.services.knowledgeLayer.importFile(
				changeBy(by, bot.clock.now()),
				utf8(csv),
				{
					label: "a.csv",
				},
			),
		);
		expect(again).toMatchObject({ added: [], merged: [], unchanged: 3 });
		expect(bot.services.knowledge.certificates).toHaveLength(shipped + 1);
	});

	it("writes nothing of a file with one bad row, and refuses a file with no source at all", async () => {
		const bot = await createTestClient();
		const before = JSON.stringify(bot.store.data.knowledgeLayer);
		const bad = await bot.services.knowledgeLayer.importFile(
			changeBy(by, bot.clock.now()),
			utf8(
				`证书名称,培训评价组织,来源\n甲证书,组织,名单\n${"乙".repeat(2000)},组织,名单\n丙证书,组织,名单\n`,
			),
			{ label: "bad.csv" },
		);
		expect(bad).toMatchObject({
			ok: false,
			problems: [{ line: 3, code: "knowledge.import_name_too_long" }],
		});
		const noSource = await bot.services.knowledgeLayer.importFile(
			changeBy(by, bot.clock.now()),
			utf8("证书名称,培训评价组织\n甲证书,组织\n"),
			{ label: "nosource.csv" },
		);
		expect(noSource).toMatchObject({
			ok: false,
			problems: [{ code: "knowledge.import_no_source_at_all" }],
		});
		expect(JSON.stringify(bot.store.data.knowledgeLayer)).toBe(before);
		expect(
			(await bot.say("console:student", "/cert 甲证书")).text,
		).not.toContain("【甲证书】");
	});

	it("counts shipped and added records in /about", async () => {
		const bot = await createTestClient();
		const shipped = bot.services.knowledge.certificates.length;
		okReport(
			await bot.services.knowledgeLayer.importFile(
				changeBy(by, bot.clock.now()),
				utf8("证书名称,培训评价组织\n甲证书,组织\n乙证书,组织\n"),
				{ label: "x.csv", defaultSource: "名单" },
			),
		);
		const about = (await bot.say("console:student", "/about")).text;
		expect(about).toContain(`共 ${shipped + 2} 个`);
		expect(about).toContain("其中学校添加：证书 2 个");
		expect(about).toContain(`证书 ${shipped} 个`);
	});
});

describe("a change the disk refuses", () => {
	it("is not searchable afterwards, and the error reaches the caller", async () => {
		const data = emptyDb();
		// What the lowdb store does when a write fails: put back what is on disk, then reject.
		const failing: Store<DbData> = {
			data,
			async apply() {
				throw new NotSavedError("disk full");
			},
			exclusive: (work) => work(),
			async update(mutate) {
				const before = structuredClone(data.knowledgeLayer);
				mutate(data);
				await Promise.resolve();
				data.knowledgeLayer = before;
				throw new NotSavedError("disk full");
			},
		};
		const services = createServices(
			lowdbRepositories(failing),
			await shippedKnowledge(),
			{
				adminIds: ["console:admin"],
				teacherInviteCode: undefined,
				zone: "Asia/Shanghai",
				reminderTime: "08:00",
				groupSubscribeRole: "teacher",
				clock: new FixedClock("2026-11-28T02:00:00Z"),
				knowledgeLayer: lowdbLayerSnapshot(failing.data),
			},
		);
		await expect(
			services.knowledgeLayer.addCertificate(
				changeBy("console:admin"),
				{ name: "甲证书" },
				{ title: "名单", trust: "medium", note: "test" },
			),
		).rejects.toThrow("disk full");
		expect(services.knowledge.getCertificate("k001")).toBeUndefined();
		expect(
			services.knowledge.searchCertificates("甲证书").map((h) => h.item.name),
		).not.toContain("甲证书");
	});
});
