import { named } from "./describe-issue.js";
import type {
	Certificate,
	ExamRound,
	FaqEntry,
	Major,
	MajorLink,
	MajorRename,
} from "./knowledge-port.js";
import type { ExamEvent } from "./schema.js";
import type { Checked } from "./validate-list.js";

type Raw = Record<string, unknown>;

/**
 * Ids a file declares, invalid records included, so that one bad certificate does not also
 * turn every link to it into a problem. `null` when the file itself could not be read: its
 * references are then not checked at all rather than all reported missing.
 */
export function keysOf(raw: unknown, key: string): Set<string> | null {
	if (!Array.isArray(raw)) return null;
	const keys = new Set<string>();
	for (const r of raw)
		if (r && typeof r === "object" && typeof (r as Raw)[key] === "string")
			keys.add((r as Raw)[key] as string);
	return keys;
}

/** References between files, and ids that must be unique. */
export function crossCheck(
	d: {
		certificates: Checked<Certificate>;
		majors: Checked<Major>;
		links: Checked<MajorLink>;
		exams: Checked<ExamRound>;
		events: Checked<ExamEvent>;
		faq: Checked<FaqEntry>;
		majorRenames: Checked<MajorRename>;
	},
	known: { certIds: Set<string> | null; majorCodes: Set<string> | null },
	label: (file: string) => string,
	problems: string[],
): void {
	const unique = <T>(
		file: string,
		c: Checked<T>,
		key: (t: T) => string,
		field: string,
		who: (t: T, i: number) => string,
	) => {
		const seen = new Map<string, string>();
		for (const item of c.items) {
			const k = key(item);
			const i = c.indexOf.get(item) ?? -1;
			const first = seen.get(k);
			if (first !== undefined)
				problems.push(
					`${label(file)}: record ${who(item, i)}, field "${field}": "${k}" is already used by record ${first}`,
				);
			else seen.set(k, who(item, i));
		}
	};

	const cert = (c: Certificate, i: number) => named(c.id, c.name, i);
	unique("certificates.json", d.certificates, (c) => c.id, "id", cert);
	unique("certificates.json", d.certificates, (c) => c.name, "name", cert);
	unique(
		"majors.json",
		d.majors,
		(m) => m.code,
		"code",
		(m, i) => named(m.code, m.name, i),
	);
	unique(
		"exams.json",
		d.exams,
		(e) => e.id,
		"id",
		(e, i) => named(e.id, undefined, i),
	);
	unique(
		"exam-events.json",
		d.events,
		(e) => e.id,
		"id",
		(e, i) => named(e.id, undefined, i),
	);
	unique(
		"faq.json",
		d.faq,
		(f) => f.id,
		"id",
		(f, i) => named(f.id, f.question, i),
	);

	// An alias that is another certificate's name would send searches to the wrong place.
	const byName = new Map(d.certificates.items.map((c) => [c.name, c.id]));
	for (const c of d.certificates.items)
		c.aliases.forEach((alias, k) => {
			const other = byName.get(alias);
			if (other && other !== c.id)
				problems.push(
					`${label("certificates.json")}: record ${cert(c, d.certificates.indexOf.get(c) ?? -1)}, field "aliases[${k}]": "${alias}" is the name of certificate ${other}`,
				);
		});

	// The joint listing `A` + `B` is two organisations; each name must come from the listing.
	for (const c of d.certificates.items) {
		const who = cert(c, d.certificates.indexOf.get(c) ?? -1);
		if ((c.organisation === null) !== (c.organisations.length === 0))
			problems.push(
				`${label("certificates.json")}: record ${who}, field "organisations": must be empty exactly when "organisation" is null`,
			);
		c.organisations.forEach((o, k) => {
			if (c.organisation !== null && !c.organisation.includes(o))
				problems.push(
					`${label("certificates.json")}: record ${who}, field "organisations[${k}]": "${o}" is not part of "${c.organisation}"`,
				);
		});
	}

	checkRenames(d.majors.items, d.majorRenames, label, problems);

	for (const m of d.majors.items)
		if (
			!m.code.startsWith(m.classCode) ||
			!m.classCode.startsWith(m.categoryCode)
		)
			problems.push(
				`${label("majors.json")}: record ${named(m.code, m.name, d.majors.indexOf.get(m) ?? -1)}, field "classCode": code ${m.code}, 专业类 ${m.classCode} and 专业大类 ${m.categoryCode} do not nest`,
			);

	const hasCert = (id: string) => known.certIds?.has(id) ?? true;
	const hasMajor = (code: string) => known.majorCodes?.has(code) ?? true;
	const noCert = (id: string) =>
		`no certificate with id "${id}" in certificates.json`;

	for (const l of d.links.items) {
		const who = `#${d.links.indexOf.get(l)} (${l.certificateId} ↔ ${l.majorName})`;
		if (!hasCert(l.certificateId))
			problems.push(
				`${label("links.json")}: record ${who}, field "certificateId": ${noCert(l.certificateId)}`,
			);
		l.majorCodes.forEach((code, k) => {
			if (!hasMajor(code))
				problems.push(
					`${label("links.json")}: record ${who}, field "majorCodes[${k}]": no major with code "${code}" in majors.json`,
				);
		});
	}

	const order = ["register", "pay", "exam", "results"] as const;
	for (const e of d.exams.items) {
		const who = named(e.id, undefined, d.exams.indexOf.get(e) ?? -1);
		if (!hasCert(e.certificateId))
			problems.push(
				`${label("exams.json")}: record ${who}, field "certificateId": ${noCert(e.certificateId)}`,
			);
		// Milestones must come in their natural order, or reminders would fire out of sequence.
		let last: { name: string; date: string } | undefined;
		for (const name of order) {
			const date = e.dates[name];
			if (!date) continue;
			if (last && date < last.date)
				problems.push(
					`${label("exams.json")}: record ${who}, field "dates.${name}": ${date} is before ${last.name} ${last.date}`,
				);
			last = { name, date };
		}
	}

	for (const ev of d.events.items) {
		const who = named(ev.id, undefined, d.events.indexOf.get(ev) ?? -1);
		ev.certificateIds.forEach((id, k) => {
			if (!hasCert(id))
				problems.push(
					`${label("exam-events.json")}: record ${who}, field "certificateIds[${k}]": ${noCert(id)}`,
				);
		});
		if (ev.endDate && (!ev.date || ev.endDate < ev.date))
			problems.push(
				`${label("exam-events.json")}: record ${who}, field "endDate": ${ev.endDate} needs a start date on or before it`,
			);
	}
}

/** A rename's 2021 code must be a catalogue major of that name. */
function checkRenames(
	majors: readonly Major[],
	renames: Checked<MajorRename>,
	label: (file: string) => string,
	problems: string[],
): void {
	const byCode = new Map(majors.map((m) => [m.code, m]));
	for (const r of renames.items) {
		if (!r.newCode || majors.length === 0) continue;
		const who = `#${renames.indexOf.get(r)} (${r.oldName} → ${r.newName})`;
		const major = byCode.get(r.newCode);
		if (!major)
			problems.push(
				`${label("major-renames.json")}: record ${who}, field "newCode": no major with code "${r.newCode}" in majors.json`,
			);
		else if (major.name !== r.newName)
			problems.push(
				`${label("major-renames.json")}: record ${who}, field "newName": major ${r.newCode} is called "${major.name}"`,
			);
	}
}
