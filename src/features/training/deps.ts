import type { InviteService } from "../users/invites-port.js";
import type { UserDirectory } from "../users/users-port.js";
import type { TrainingPolicy } from "./policy.js";
import type { TrainingRecordsRepository } from "./records-repository.js";
import type { TeacherRepository } from "./teacher-repository.js";

/** What the training service is built from; `main.ts` passes config values, tests pass fakes. */
export interface TrainingDeps {
	records: TrainingRecordsRepository;
	teachers: TeacherRepository;
	users: UserDirectory;
	policy: TrainingPolicy;
	/** Checks invite codes (with the brakes on guessing); joining by code is off without it. */
	invites?: Pick<InviteService, "admit">;
}
