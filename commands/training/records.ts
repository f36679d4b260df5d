import { defineCommand } from "../../src/core/command.js";
import { UserError } from "../../src/core/errors.js";
import { rawArgs } from "../../src/core/raw-args.js";
import {
	type Choice,
	choices,
	heading,
	list,
	reply,
	text,
} from "../../src/core/reply.js";
import { shorten } from "../../src/core/text.js";
import { describeRecord } from "../../src/features/training/training-format.js";
import type {
	RecordKind,
	TrainingRecord,
} from "../../src/features/training/training-port.js";

/** Records per page: within one Telegram message even with long titles. */
const PAGE = 20;

const kinds = new Map<string, RecordKind>([
	["training", "training"],
	["培训", "training"],
	["学时", "training"],
	["practice", "practice"],
	["实践", "practice"],
	["企业实践", "practice"],
]);

interface Filter {
	kind?: RecordKind;
	year?: number;
	user?: string;
	page: number;
}

/** `practice 2025 p=2 telegram:1001`, in any order. */
function readFilter(words: readonly string[]): Filter {
	const filter: Filter = { page: 1 };
	for (const raw of words) {
		const w = raw.normalize("NFKC").toLowerCase();
		const kind = kinds.get(w);
		const page = /^(?:p|page|第)[=:]?(\d{1,4})页?$/.exec(w);
		if (kind) filter.kind = kind;
		else if (/^(?:20\d{2})年?$/.test(w)) filter.year = Number(w.slice(0, 4));
		else if (page) filter.page = Math.max(1, Number(page[1]));
		else if (/^[a-z]+:\S+$/.test(w)) filter.user = raw;
		else throw new UserError("records.bad_filter", { value: shorten(raw, 30) });
	}
	return filter;
}

function inYear(r: TrainingRecord, year: number): boolean {
	const y = String(year);
	return r.kind === "training"
		? r.date.startsWith(y)
		: r.start.slice(0, 4) <= y && r.end.slice(0, 4) >= y;
}

function commandFor(f: Filter, page: number): string {
	return [
		"/records",
		...(f.kind ? [f.kind] : []),
		...(f.year ? [String(f.year)] : []),
		...(f.user ? [f.user] : []),
		`p=${page}`,
	].join(" ");
}

/** `/records [training|practice] [year] [user]`: one's own records with ids, page by page. */
export const records = defineCommand({
	name: "records",
	aliases: ["记录"],
	summary: "records.summary",
	examples: [
		"/records",
		"/records practice",
		"/records 2025",
		"/记录 培训 2026",
	],
	access: "teacher",
	private: true,
	readOnly: true,
	args: [
		{ name: "filter", type: "text", describe: "records.arg_filter" },
		// Typed text puts everything in `filter`; slash commands get a user picker here.
		{ name: "user", type: "user", describe: "training.arg_user" },
	] as const,
	async run(ctx, args) {
		const f = readFilter(rawArgs(ctx, [args.filter]).map((t) => t.text));
		if (args.user) f.user = args.user;
		const owner = f.user ?? ctx.user.key;
		const all = (await ctx.services.training.records(ctx.user, owner))
			.filter((r) => (f.kind ? r.kind === f.kind : true))
			.filter((r) => (f.year ? inYear(r, f.year) : true));
		if (all.length === 0)
			return reply([
				text(ctx.t(f.kind || f.year ? "records.none_match" : "records.empty")),
			]);
		const pages = Math.ceil(all.length / PAGE);
		const page = Math.min(f.page, pages);
		const shown = all.slice((page - 1) * PAGE, page * PAGE);
		const blocks = [
			// An admin reading a teacher's records sees whose they are.
			heading(
				owner === ctx.user.key
					? ctx.t("records.title", { count: all.length })
					: ctx.t("records.title_of", {
							name: (await ctx.services.training.profile(owner)).name ?? "—",
							key: owner,
							count: all.length,
						}),
			),
			list(shown.map((r) => describeRecord(ctx.t, r))),
		];
		if (pages > 1) {
			blocks.push(text(ctx.t("records.page", { page, pages })));
			const nav: Choice[] = [];
			if (page > 1)
				nav.push({
					label: ctx.t("records.previous"),
					command: commandFor(f, page - 1),
				});
			if (page < pages)
				nav.push({
					label: ctx.t("records.next"),
					command: commandFor(f, page + 1),
				});
			blocks.push(choices(nav));
		}
		blocks.push(text(ctx.t("records.hint")));
		return reply(blocks);
	},
});
