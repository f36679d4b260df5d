import type { Store } from "../../storage/store.js";
import type { InviteService } from "../users/invites-port.js";
import type { UserDirectory } from "../users/users-port.js";
import type { TrainingData } from "./data.js";
import type { TrainingPolicy } from "./policy.js";

/** What the training service is built from; `main.ts` passes config values, tests pass fakes. */
export interface TrainingDeps {
	store: Store<{ training: TrainingData }>;
	users: UserDirectory;
	policy: TrainingPolicy;
	/** Checks invite codes (with the brakes on guessing); joining by code is off without it. */
	invites?: Pick<InviteService, "admit">;
}
