import { changeOf } from "../../../src/core/change.js";
import type { CommandContext } from "../../../src/core/context.js";
import { isUserError } from "../../../src/core/errors.js";
import type { MessageKey } from "../../../src/core/i18n.js";
import { quoteArg, type RawToken } from "../../../src/core/raw-args.js";
import { formatNumber } from "../../../src/core/render-text.js";
import {
	type Block,
	choices,
	list,
	type Reply,
	reply,
	text,
} from "../../../src/core/reply.js";
import type {
	Draft,
	ReadLine,
} from "../../../src/features/training/record-line.js";
import { describeRecord } from "../../../src/features/training/training-format.js";

/** Typed after a record line (by the "save another" button) to save a duplicate on purpose. */
export const AGAIN = "--again";

/** Removes the `--again` marker; says whether it was there. */
export function takeAgain(tokens: readonly RawToken[]): {
	tokens: RawToken[];
	again: boolean;
} {
	const rest = tokens.filter((t) => t.quoted || t.text !== AGAIN);
	return { tokens: rest, again: rest.length < tokens.length };
}

/** The command that saves exactly `draft` (dates written out, texts quoted). */
export function canonicalLine(draft: Draft): string {
	if (draft.kind === "training")
		return `/log training ${formatNumber(draft.hours)} ${draft.date} ${quoteArg(draft.title)}`;
	const note = draft.note ? ` ${quoteArg(draft.note)}` : "";
	return `/log practice ${draft.start} ${draft.end} ${quoteArg(draft.enterprise)}${note}`;
}

/** A draft as the list line a saved record would show, without an id. */
export function describeDraft(ctx: CommandContext, draft: Draft): string {
	const line = describeRecord(ctx.t, {
		...draft,
		id: "?",
		owner: "",
		createdAt: "",
	});
	return line.replace(/^#\? /, "");
}

/** `日期读作：上周五 → 2026-11-20`, when a date was read relative to today or without a year. */
export function readingsBlock(ctx: CommandContext, read: ReadLine): Block[] {
	if (read.readings.length === 0) return [];
	const readings = read.readings
		.map((r) => `${r.typed} → ${r.date}`)
		.join("；");
	return [text(ctx.t("training.read_as", { readings }))];
}

/** `3.12` after a Latin word: asks whether it is the date or part of the title. */
export function versionQuestion(
	ctx: CommandContext,
	read: ReadLine,
): Reply | undefined {
	const v = read.versionLike;
	if (!v || read.draft.kind !== "training") return undefined;
	return reply([
		text(
			ctx.t("training.version_question", {
				typed: v.typed,
				date: read.draft.date,
			}),
		),
		choices([
			{
				label: ctx.t("training.version_as_date", { date: read.draft.date }),
				command: canonicalLine(read.draft),
			},
			{
				label: ctx.t("training.version_as_title", { typed: v.typed }),
				command: canonicalLine(v.asTitle),
			},
		]),
	]);
}

/**
 * Saves a draft and answers with the saved record and how its dates were read. A duplicate
 * is not saved: the answer names the existing record and offers a button to save it again.
 */
export async function saveDraft(
	ctx: CommandContext,
	read: ReadLine,
	again: boolean,
): Promise<Reply> {
	const { draft } = read;
	const service = ctx.services.training;
	let logged: Awaited<ReturnType<typeof service.logTraining>>;
	try {
		logged =
			draft.kind === "training"
				? await service.logTraining(changeOf(ctx), { ...draft, again })
				: await service.logPractice(changeOf(ctx), { ...draft, again });
	} catch (error) {
		if (!isUserError(error) || error.code !== "training.duplicate") throw error;
		return reply([
			// The service filled the params; a caught error's are untyped.
			text(ctx.t<MessageKey>("training.duplicate", error.params)),
			list([describeDraft(ctx, draft)]),
			choices([
				{
					label: ctx.t("training.duplicate_again"),
					command: `${canonicalLine(draft)} ${AGAIN}`,
				},
			]),
		]);
	}
	const { record } = logged;
	const blocks: Block[] = [
		text(ctx.t("log.saved")),
		list([describeRecord(ctx.t, record)]),
		...readingsBlock(ctx, read),
	];
	// The enterprise is one word unless quoted: say how the line was read, so that
	// `Some Co` saved as enterprise "Some" and note "Co" is noticed and typed with quotes.
	if (record.kind === "practice" && record.note)
		blocks.push(
			text(
				ctx.t("log.practice_read_as", {
					enterprise: record.enterprise,
					note: record.note,
				}),
			),
		);
	if (logged.overlaps.length > 0)
		blocks.push(
			text(
				ctx.t("log.overlap", {
					ids: logged.overlaps.map((id) => `#${id}`).join("、"),
					days: logged.overlapDays,
				}),
			),
		);
	blocks.push(text(ctx.t("log.after_hint")));
	return reply(blocks);
}
