import type { Repositories } from "../../src/features/repositories.js";
import type { TrainingPolicy } from "../../src/features/training/policy.js";
import { createTrainingService } from "../../src/features/training/training-service.js";
import { createInviteService } from "../../src/features/users/invites.js";
import { createUserDirectory } from "../../src/features/users/user-directory.js";
import { type DbData, emptyDb } from "../../src/storage/db.js";
import { lowdbInviteRepository } from "../../src/storage/lowdb/invite-repository.js";
import { lowdbRepositories } from "../../src/storage/lowdb/repositories.js";
import { memoryStore, type Store } from "../../src/storage/store.js";

/** 180 days of practice per 5 years (第四条: 6 months), 72 hours per year as a school target. */
export const testPolicy: TrainingPolicy = {
	enterprisePractice: {
		days: 180,
		periodYears: 5,
		source: { title: "职业学校教师企业实践规定 第四条" },
	},
	trainingHours: { target: 72, periodYears: 1 },
};

export const ADMIN = "console:admin";
export const INVITE = "JOIN-2026";

/**
 * A training service with its user directory over `store` (memory unless given), or over the
 * given training `repositories` (PostgreSQL); invite codes stay in `store`.
 */
export function trainingSetup(
	options: {
		store?: Store<DbData>;
		repositories?: Pick<Repositories, "trainingRecords" | "teachers">;
		admins?: string[];
		inviteCode?: string;
	} = {},
) {
	const store = options.store ?? memoryStore(emptyDb());
	const { trainingRecords, teachers } =
		options.repositories ?? lowdbRepositories(store);
	const users = createUserDirectory(teachers, options.admins ?? [ADMIN]);
	const invites = createInviteService({
		repository: lowdbInviteRepository(store),
		configuredCode: options.inviteCode ?? INVITE,
	});
	const training = createTrainingService({
		records: trainingRecords,
		teachers,
		users,
		policy: testPolicy,
		invites,
	});
	return { store, users, training, invites };
}
