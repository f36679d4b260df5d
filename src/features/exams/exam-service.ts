import { UserError } from "../../core/errors.js";
import type { ExamRound, Milestone } from "../knowledge/knowledge-port.js";
import type { StoredExamRound } from "../reminders/data.js";
import type { ExamRoundRepository } from "./exam-round-repository.js";
import type { ExamService } from "./exams-port.js";
import { checkMilestones, lastDate } from "./milestones.js";

/** Milestones as admins type them in `/exam add`, so an error names what they wrote. */
const optionName: Record<Milestone, string> = {
	register: "register-by",
	pay: "pay-by",
	exam: "exam",
	results: "results",
};

const bySoonestExam = (a: ExamRound, b: ExamRound) =>
	a.dates.exam.localeCompare(b.dates.exam) || a.id.localeCompare(b.id);

/** Strips the bookkeeping fields so callers see plain rounds. */
function plain(round: StoredExamRound): ExamRound {
	const { addedBy: _by, addedAt: _at, ...rest } = round;
	return rest;
}

export interface ExamServiceOptions {
	/**
	 * How long this process answers from its copy of the run-time rounds before reading them
	 * again (another instance may have added one); default 30 s. Writes through this service
	 * refresh it at once; the reminder sweep always reads afresh.
	 */
	cacheMs?: number;
	/** The clock the cache ages by; default the system clock. */
	now?: () => number;
}

/**
 * Exam rounds from `knowledge/exams.json` (`shipped`, read-only) plus admin-added rounds kept by
 * the repository. Run-time ids are `r1`, `r2`, … and never reused, so an outbox key that names a
 * removed round cannot collide with a later one.
 */
export function createExamService(
	repository: ExamRoundRepository,
	shipped: readonly ExamRound[],
	options: ExamServiceOptions = {},
): ExamService {
	const shippedIds = new Set(shipped.map((r) => r.id.toLowerCase()));
	const cacheMs = options.cacheMs ?? 30_000;
	const clock = options.now ?? Date.now;
	let cached: { at: number; rounds: Promise<StoredExamRound[]> } | undefined;
	/** The run-time rounds last read, for `known()`. */
	let lastRead: readonly StoredExamRound[] = [];

	function added(fresh = false): Promise<StoredExamRound[]> {
		const now = clock();
		if (fresh || !cached || now - cached.at >= cacheMs || now < cached.at) {
			const rounds = repository.all();
			cached = { at: now, rounds };
			rounds.then(
				(read) => {
					lastRead = read;
				},
				// A failed read is not kept: the next call asks again.
				() => {
					if (cached?.rounds === rounds) cached = undefined;
				},
			);
		}
		return cached.rounds;
	}

	// Read once now, so that `known()` has the run-time rounds from the first keystroke on.
	added().catch(() => undefined);

	async function all(): Promise<ExamRound[]> {
		return [...shipped, ...(await added()).map(plain)];
	}

	return {
		async upcoming(certificateId, today) {
			return (await all())
				.filter(
					(r) => r.certificateId === certificateId && lastDate(r) >= today,
				)
				.sort(bySoonestExam);
		},

		async list(certificateId) {
			return (await all())
				.filter((r) => !certificateId || r.certificateId === certificateId)
				.sort(bySoonestExam);
		},

		async add(change, round) {
			const order = checkMilestones(round.dates);
			if (!order.ok)
				throw new UserError(order.code, {
					first: optionName[order.first],
					a: round.dates[order.first] ?? "",
					second: optionName[order.second],
					b: round.dates[order.second] ?? "",
				});
			const twin = shipped.find(
				(r) =>
					r.certificateId === round.certificateId &&
					r.dates.exam === round.dates.exam &&
					r.levels.join() === round.levels.join(),
			);
			if (twin) throw new UserError("exam.duplicate", { id: twin.id });
			const result = await repository.add(
				{
					...round,
					addedBy: change.actor.key,
					addedAt: change.now.toISOString(),
				},
				shippedIds,
			);
			await added(true).catch(() => undefined);
			if ("twin" in result)
				throw new UserError("exam.duplicate", { id: result.twin });
			return plain(result.added);
		},

		async remove(_change, id) {
			const wanted = id.toLowerCase();
			if (shippedIds.has(wanted)) return "shipped";
			const removed = await repository.remove(wanted);
			await added(true).catch(() => undefined);
			return removed ? "removed" : "not-found";
		},

		known() {
			added().catch(() => undefined);
			return [...shipped, ...lastRead.map(plain)].sort(bySoonestExam);
		},

		async get(id) {
			const wanted = id.toLowerCase();
			return (await all()).find((r) => r.id.toLowerCase() === wanted);
		},

		isShipped(id) {
			return shippedIds.has(id.toLowerCase());
		},

		async scheduled() {
			const stored = await added(true);
			return {
				rounds: [...shipped, ...stored.map(plain)],
				addedAt: new Map(stored.map((r) => [r.id, r.addedAt])),
			};
		},
	};
}
