import { del } from "../../commands/training/delete.js";
import { edit } from "../../commands/training/edit.js";
import { exportCommand } from "../../commands/training/export.js";
import { log } from "../../commands/training/log.js";
import { progress } from "../../commands/training/progress.js";
import { records } from "../../commands/training/records.js";
import { report } from "../../commands/training/report.js";
import { undo } from "../../commands/training/undo.js";
import { role } from "../../commands/users/role.js";
import { teacher } from "../../commands/users/teacher.js";
import { whoami } from "../../commands/users/whoami.js";
import type { Repositories } from "../../src/features/repositories.js";
import type { DbData } from "../../src/storage/db.js";
import type { Store } from "../../src/storage/store.js";
import { dispatchDialogue } from "./dispatch-dialogue.js";
import { ADMIN, trainingSetup } from "./training-fixtures.js";

export const trainingCommands = [
	teacher,
	role,
	log,
	records,
	del,
	edit,
	progress,
	exportCommand,
	report,
	undo,
	whoami,
];

export const T1 = "telegram:1001";
export const T2 = "telegram:1002";
export const STUDENT = "telegram:2001";

/**
 * The training commands behind the real dispatcher, with two teachers granted by the admin
 * (T1 in 机电工程系 with a period from 2024-09-01, T2 in 信息工程系 without one).
 */
export async function trainingDialogue(
	options: {
		store?: Store<DbData>;
		repositories?: Pick<Repositories, "trainingRecords" | "teachers">;
		inviteCode?: string;
	} = {},
) {
	const setup = trainingSetup(options);
	const dialogue = dispatchDialogue({
		commands: trainingCommands,
		services: {
			users: setup.users,
			training: setup.training,
			invites: setup.invites,
		},
	});
	const at = { now: dialogue.clock.now(), today: "2026-11-28" };
	const admin = { key: ADMIN, role: "admin" as const };
	await setup.training.grant({ actor: admin, ...at }, T1);
	await setup.training.grant({ actor: admin, ...at }, T2);
	await setup.training.updateProfile(
		{ actor: { key: T1, role: "teacher" }, ...at },
		{
			name: "张老师",
			department: "机电工程系",
			periodStart: "2024-09-01",
			professional: true,
		},
	);
	await setup.training.updateProfile(
		{ actor: { key: T2, role: "teacher" }, ...at },
		{ name: "李老师", department: "信息工程系" },
	);
	return { ...setup, ...dialogue };
}
