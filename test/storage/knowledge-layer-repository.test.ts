import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Certificate } from "../../src/features/knowledge/knowledge-port.js";
import type {
	LayerAuditEntry,
	LayerRecords,
} from "../../src/features/knowledge/layer/data.js";
import { applyEdits } from "../../src/features/knowledge/layer/layer-draft.js";
import type { LayerEdit } from "../../src/features/knowledge/layer/layer-repository.js";
import { type OpenedStorage, storageKinds } from "../helpers/both-stores.js";

const at = (minute: number) =>
	new Date(Date.UTC(2026, 10, 28, 2, minute)).toISOString();

const source = {
	title: "第四批名单",
	url: "https://example.edu.cn/4",
	trust: "medium" as const,
};

function certificate(id: string, name: string): Certificate {
	return {
		id,
		name,
		kind: "x",
		aliases: [],
		organisation: null,
		organisations: [],
		levels: ["初级"],
		description: null,
		sources: [source],
	} as unknown as Certificate;
}

const audit = (minute: number, target: string): LayerAuditEntry => ({
	at: at(minute),
	by: "console:admin",
	action: "add",
	target,
	source: "第四批名单 https://example.edu.cn/4",
});

const empty: LayerRecords = {
	certificates: [],
	certificatePatches: [],
	links: [],
	removedLinks: [],
	faq: [],
	faqPatches: [],
	nextSeq: { certificate: 1, link: 1, faq: 1 },
};

describe.each(storageKinds)("the knowledge layer on $name", (kind) => {
	let opened: OpenedStorage;
	beforeEach(async () => {
		opened = await kind.open();
	});
	afterEach(async () => {
		await opened.close();
	});
	const repo = () => opened.repositories.knowledgeLayer;

	it("starts empty at version 0", async () => {
		expect(await repo().load()).toEqual({ records: empty, version: 0 });
		expect(await repo().version()).toBe(0);
		expect(await repo().recentChanges(5)).toEqual([]);
	});

	it("commits puts, deletes and counters with their audit entry, read back in list order", async () => {
		const first: LayerEdit[] = [
			{ op: "next-seq", value: { certificate: 4, link: 2, faq: 1 } },
			...["甲", "乙", "丙"].map(
				(name, i): LayerEdit => ({
					op: "put",
					list: "certificates",
					value: {
						record: certificate(`k00${i + 1}`, name),
						by: "console:admin",
						at: at(1),
					},
				}),
			),
			{
				op: "put",
				list: "links",
				value: {
					id: "l1",
					link: {
						certificateId: "k001",
						majorName: "软件技术",
						majorCodes: ["510203"],
						kind: "school",
						evidence: "学校培养方案",
						source,
					} as never,
					by: "console:admin",
					at: at(1),
				},
			},
			{
				op: "put",
				list: "removedLinks",
				value: {
					certificateId: "c001",
					majorCode: "510203",
					reason: "名单",
					by: "console:admin",
					at: at(1),
				},
			},
			{
				op: "put",
				list: "certificatePatches",
				value: {
					id: "c002",
					set: { description: "简介" },
					addSources: [source],
					by: "console:admin",
					at: at(1),
				},
			},
		];
		expect(await repo().commit(0, first, audit(1, "file list.csv"))).toBe(1);
		const second: LayerEdit[] = [
			{
				op: "put",
				list: "certificates",
				value: {
					record: certificate("k002", "乙（新）"),
					by: "console:admin",
					at: at(2),
				},
			},
			{ op: "delete", list: "certificates", key: "k001" },
			{ op: "delete", list: "links", key: "l1" },
			{ op: "delete", list: "faq", key: "kb-9" },
			{
				op: "put",
				list: "certificatePatches",
				value: {
					id: "c002",
					set: {},
					addSources: [source],
					removed: true,
					by: "console:admin",
					at: at(2),
				},
			},
		];
		expect(await repo().commit(1, second, audit(2, "certificate k002"))).toBe(
			2,
		);

		const loaded = await repo().load();
		expect(loaded.version).toBe(2);
		expect(loaded.records).toEqual(
			applyEdits(applyEdits(empty, first), second),
		);
		// An item put again keeps its place.
		expect(loaded.records.certificates.map((c) => c.record.name)).toEqual([
			"乙（新）",
			"丙",
		]);
		expect(loaded.records.certificatePatches).toEqual([
			{
				id: "c002",
				set: {},
				addSources: [source],
				removed: true,
				by: "console:admin",
				at: at(2),
			},
		]);
		expect(loaded.records.nextSeq).toEqual({ certificate: 4, link: 2, faq: 1 });
		expect(await repo().recentChanges(5)).toEqual([
			audit(2, "certificate k002"),
			audit(1, "file list.csv"),
		]);
		expect(await repo().recentChanges(1)).toHaveLength(1);
	});

	it("refuses a commit made against an older version, writing nothing", async () => {
		const put: LayerEdit = {
			op: "put",
			list: "certificates",
			value: {
				record: certificate("k001", "甲"),
				by: "console:admin",
				at: at(1),
			},
		};
		expect(await repo().commit(0, [put], audit(1, "certificate k001"))).toBe(1);
		expect(
			await repo().commit(0, [put], audit(2, "certificate k001")),
		).toBeUndefined();
		expect(await repo().version()).toBe(1);
		expect(await repo().recentChanges(5)).toHaveLength(1);
	});

	it("lets one of two instances committing on the same version win, the other is told", async () => {
		const other = opened.other().knowledgeLayer;
		const edit = (id: string): LayerEdit[] => [
			{ op: "next-seq", value: { certificate: 2, link: 1, faq: 1 } },
			{
				op: "put",
				list: "certificates",
				value: { record: certificate(id, id), by: "console:admin", at: at(1) },
			},
		];
		const results = await Promise.all([
			repo().commit(0, edit("k001"), audit(1, "certificate k001")),
			other.commit(0, edit("k001"), audit(1, "certificate k001")),
		]);
		expect(results.filter((r) => r === 1)).toHaveLength(1);
		expect(results.filter((r) => r === undefined)).toHaveLength(1);
		expect((await other.load()).records.certificates).toHaveLength(1);
	});
});
