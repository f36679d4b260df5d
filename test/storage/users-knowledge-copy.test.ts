import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServices } from "../../src/create-services.js";
import { emptyDb } from "../../src/storage/db.js";
import { lowdbLayerSnapshot } from "../../src/storage/lowdb/knowledge-layer-repository.js";
import { lowdbRepositories } from "../../src/storage/lowdb/repositories.js";
import { documentCopiers } from "../../src/storage/postgres/copy-document.js";
import {
	openPgDatabase,
	type PgDatabase,
} from "../../src/storage/postgres/database.js";
import { inviteCopier } from "../../src/storage/postgres/invite-copy.js";
import { knowledgeLayerCopier } from "../../src/storage/postgres/knowledge-layer-copy.js";
import { migrateSchema } from "../../src/storage/postgres/migrate.js";
import { questionCopier } from "../../src/storage/postgres/question-copy.js";
import {
	postgresMigrations,
	postgresRepositories,
} from "../../src/storage/postgres/repositories.js";
import { memoryStore } from "../../src/storage/store.js";
import { changeBy } from "../helpers/change.js";
import { FixedClock } from "../helpers/fixed-clock.js";
import { freshDatabase } from "../helpers/postgres.js";
import { shippedKnowledge } from "../helpers/test-client.js";

const source = {
	title: "第四批名单",
	url: "https://example.edu.cn/4",
	trust: "medium" as const,
};

/** A document the bot itself wrote: questions, invites and every kind of layer record. */
async function botDocument() {
	const clock = new FixedClock();
	const knowledge = await shippedKnowledge();
	const store = memoryStore(emptyDb());
	const services = createServices(lowdbRepositories(store), knowledge, {
		knowledgeLayer: lowdbLayerSnapshot(store.data),
		adminIds: ["console:admin"],
		teacherInviteCode: undefined,
		zone: "Asia/Shanghai",
		reminderTime: "08:00",
		groupSubscribeRole: "teacher",
		clock,
		alerts: { send: async () => {} },
	});
	const admin = () => changeBy("console:admin", clock.now());
	const student = () => changeBy("telegram:7", clock.now(), "student");
	await services.unanswered.record(student(), { text: "食堂几点开门" });
	clock.advance(60_000);
	await services.unanswered.recordGuess(student(), {
		text: "web前端",
		kind: "suggestions",
		score: 0.3,
		shown: ["Web 前端开发"],
	});
	await services.unanswered.recordFeedback(student(), {
		text: "BIM",
		useful: false,
		shown: "BIM",
	});
	await services.unanswered.recordFeedback(student(), {
		text: "好",
		useful: true,
	});
	const [group] = await services.unanswered.review(1);
	await services.unanswered.markHandled(admin(), group?.id ?? "");
	const { code } = await services.invites.newCode(admin());
	await services.invites.admit(
		changeBy("telegram:8", clock.now(), "student"),
		code,
	);
	await services.invites
		.admit(changeBy("telegram:9", clock.now(), "student"), "WRONG")
		.catch(() => {});
	const kb = services.knowledgeLayer;
	const cert = await kb.addCertificate(
		admin(),
		{ name: "甲乙丙测试证书", levels: ["初级"] },
		source,
	);
	const shipped = knowledge.certificates[0]?.id ?? "c001";
	await kb.editCertificate(
		admin(),
		shipped,
		{ description: "学校补充的简介" },
		source,
	);
	await kb.removeCertificate(
		admin(),
		knowledge.certificates[1]?.id ?? "c002",
		source,
	);
	await kb.addLink(
		admin(),
		{
			certificateId: cert.id,
			major: knowledge.majors[0]?.code ?? "510203",
			kind: "school",
			evidence: "培养方案",
		},
		source,
	);
	const shippedLink = knowledge.links[0];
	if (shippedLink)
		await kb.removeLink(
			admin(),
			shippedLink.certificateId,
			shippedLink.majorCodes[0] ?? "",
			source,
		);
	const faq = await kb.addFaq(
		admin(),
		{ question: "学校的考点在哪里", answer: "在实训楼" },
		source,
	);
	await kb.editFaq(admin(), faq.id, { askWhere: "1+X 办公室" }, source);
	const shippedFaq = knowledge.faq[0]?.id ?? "";
	await kb.editFaq(admin(), shippedFaq, { askWhere: "教务处" }, source);
	await kb.removeFaq(admin(), knowledge.faq[1]?.id ?? "", source);
	return store.data;
}

describe("copying the question log, invites and knowledge layer into PostgreSQL", () => {
	let fresh: Awaited<ReturnType<typeof freshDatabase>>;
	let db: PgDatabase;
	beforeAll(async () => {
		fresh = await freshDatabase();
		db = openPgDatabase(fresh.url, { max: 2 });
		await migrateSchema(db, postgresMigrations);
	});
	afterAll(async () => {
		await db.close();
		await fresh.drop();
	});

	it("copies a document and reads it back through the PostgreSQL repositories, counts verified", async () => {
		const doc = await botDocument();
		const copiers = [questionCopier, inviteCopier, knowledgeLayerCopier];
		for (const c of copiers) expect(documentCopiers).toContain(c);
		await db.transaction(async (sql) => {
			for (const c of copiers) await c.copy(doc, sql);
		});
		for (const c of copiers) expect(await c.count(db)).toEqual(c.expected(doc));
		expect(knowledgeLayerCopier.expected(doc)).toMatchObject({
			knowledge_layer_certificates: 1,
			knowledge_layer_certificate_patches: 2,
			knowledge_layer_links: 1,
			knowledge_layer_faq: 1,
			knowledge_layer_faq_patches: 2,
			knowledge_layer_audit: doc.knowledgeLayer.audit.length,
		});

		const pg = postgresRepositories(db);
		const lowdb = lowdbRepositories(memoryStore(doc));
		expect(await pg.knowledgeLayer.load()).toEqual(
			await lowdb.knowledgeLayer.load(),
		);
		expect(await pg.knowledgeLayer.recentChanges(100)).toEqual(
			await lowdb.knowledgeLayer.recentChanges(100),
		);
		expect(await pg.invites.state()).toEqual(await lowdb.invites.state());
		expect(await pg.invites.recentEvents(100)).toEqual(
			await lowdb.invites.recentEvents(100),
		);
		expect(await pg.questions.recentUnanswered(100)).toEqual(
			await lowdb.questions.recentUnanswered(100),
		);
		const open = async (r: typeof pg) =>
			(await r.questions.openEntries(100)).map(({ type, entry }) => ({
				type,
				entry,
			}));
		expect(await open(pg)).toEqual(await open(lowdb));
		// A handled entry is copied as handled.
		expect(
			[...doc.unanswered, ...doc.guesses, ...doc.feedback].filter(
				(e) => e.handledAt,
			),
		).toHaveLength(1);
	});
});
