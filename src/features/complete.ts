import { type Completion, hasRole, type Role } from "../core/command.js";
import type { Services } from "../core/context.js";
import { type Locale, translator } from "../core/i18n.js";
import type { Registry } from "../core/registry.js";
import { shorten } from "../core/text.js";
import type { ExamRound } from "./knowledge/knowledge-port.js";

/** What the features' arguments complete, added to the core's `Completions`. */
declare module "../core/command.js" {
	interface Completions {
		certificate: true;
		major: true;
		exam: true;
	}
}

/** One suggestion: what the user sees and what is filled into the argument. */
export interface Suggestion {
	label: string;
	value: string;
}

/** Platform limits shared by Discord autocomplete (25 choices, 100 characters each). */
export const MAX_SUGGESTIONS = 25;
export const MAX_SUGGESTION_LENGTH = 100;

export interface CompleteOptions {
	/** Needed for `command` completions; without it they are empty. */
	registry?: Registry;
	/** How many suggestions; capped at 25. */
	limit?: number;
	/** Role of the user asking: commands above it are never offered. Default student. */
	role?: Role;
}

/** Names that begin with (or contain) what was typed first, then fuzzy hits; each once. */
function firstKeystrokes<T>(
	byName: readonly T[],
	fuzzy: readonly T[],
	id: (item: T) => string,
): T[] {
	const seen = new Set<string>();
	return [...byName, ...fuzzy].filter((item) => {
		const key = id(item);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

function examLabel(
	round: ExamRound,
	services: Services,
	t: ReturnType<typeof translator>,
): string {
	const cert = services.knowledge.getCertificate(round.certificateId);
	return t("discord.complete_exam", {
		certificate: cert?.name ?? round.certificateId,
		levels: round.levels.join("/"),
		date: round.dates.exam,
		id: round.id,
	}).replace(/\s+/g, " ");
}

function completeExams(
	services: Services,
	query: string,
	limit: number,
): ExamRound[] {
	const all = services.exams.known();
	const q = query.trim().toLowerCase();
	if (q === "") return all.slice(0, limit);
	const direct = all.filter(
		(r) => r.id.toLowerCase().startsWith(q) || r.dates.exam.startsWith(q),
	);
	const certIds = services.knowledge
		.searchCertificates(query, 10)
		.map((h) => h.item.id);
	const byCert = certIds.flatMap((id) =>
		all.filter((r) => r.certificateId === id),
	);
	return [...new Set([...direct, ...byCert])].slice(0, limit);
}

/**
 * Suggestions for a partly typed argument, best first: at most 25, label and value each at
 * most 100 characters. Values are what the commands resolve exactly (certificate id, major code,
 * exam round id, command name). In-memory only, so it answers well inside Discord's 3 seconds.
 */
export function complete(
	services: Services,
	kind: Completion,
	query: string,
	locale: Locale,
	options: CompleteOptions = {},
): Suggestion[] {
	const limit = Math.min(options.limit ?? MAX_SUGGESTIONS, MAX_SUGGESTIONS);
	const t = translator(locale);
	const q = query.trim().slice(0, 100);
	let items: Suggestion[] = [];
	switch (kind) {
		case "certificate": {
			const found =
				q === ""
					? services.knowledge.certificates.slice(0, limit)
					: firstKeystrokes(
							services.knowledge.completeNames("certificate", q, limit),
							services.knowledge
								.searchCertificates(q, limit)
								.map((h) => h.item),
							(c) => c.id,
						);
			items = found.map((c) => ({ label: c.name, value: c.id }));
			break;
		}
		case "major": {
			const found =
				q === ""
					? services.knowledge.majors.slice(0, limit)
					: firstKeystrokes(
							services.knowledge.completeNames("major", q, limit),
							services.knowledge.searchMajors(q, limit).map((h) => h.item),
							(m) => m.code,
						);
			items = found.map((m) => ({
				label: t("discord.complete_major", {
					name: m.name,
					level: m.level,
					code: m.code,
				}),
				value: m.code,
			}));
			break;
		}
		case "exam":
			items = completeExams(services, q, limit).map((r) => ({
				label: examLabel(r, services, t),
				value: r.id,
			}));
			break;
		case "command": {
			const lower = q.toLowerCase().replace(/^[/／]/, "");
			const defs = (options.registry?.commands ?? []).filter(
				(d) =>
					!d.hidden &&
					hasRole(options.role ?? "student", d.access) &&
					[d.name, ...(d.aliases ?? [])].some((n) =>
						n.toLowerCase().startsWith(lower),
					),
			);
			items = defs.map((d) => ({
				label: `/${d.name} — ${t(d.summary)}`,
				value: d.name,
			}));
			break;
		}
	}
	return items.slice(0, limit).map((s) => ({
		label: shorten(s.label, MAX_SUGGESTION_LENGTH, { ellipsis: true }),
		value: shorten(s.value, MAX_SUGGESTION_LENGTH, { ellipsis: true }),
	}));
}
