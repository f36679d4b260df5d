import "./messages.js";
import { commands } from "../commands/index.js";
import type { Config } from "./config.js";
import type { Services } from "./core/context.js";
import {
	createDispatcher,
	type Dispatcher,
	type DispatcherOptions,
} from "./core/dispatcher.js";
import type { Clock, Logger, Notifier } from "./core/ports.js";
import { Registry } from "./core/registry.js";
import { createServices } from "./create-services.js";
import { complete } from "./features/complete.js";
import type { LayerSnapshot } from "./features/knowledge/layer/layer-repository.js";
import {
	type KnowledgeData,
	loadKnowledge,
} from "./features/knowledge/load.js";
import { practiceFromTraining } from "./features/reminders/practice-source.js";
import { createSweeper, type Sweeper } from "./features/reminders/sweep.js";
import type { Repositories } from "./features/repositories.js";
import {
	type ConnectableAlerts,
	createAdminAlerts,
} from "./features/users/admin-alerts.js";
import type { DbData } from "./storage/db.js";
import { lowdbLayerSnapshot } from "./storage/lowdb/knowledge-layer-repository.js";
import { lowdbRepositories } from "./storage/lowdb/repositories.js";
import { openStorage, type Storage } from "./storage/open-storage.js";
import type { Store } from "./storage/store.js";

export { databaseFile } from "./storage/open-storage.js";

/** The bot without its platforms: what `main.ts` and the operator scripts share. */
export interface App {
	config: Config;
	/** The embedded document when the bot was built over one (lowdb, or memory in tests). */
	store: Store<DbData> | undefined;
	knowledge: KnowledgeData;
	services: Services;
	dispatcher: Dispatcher;
	/** Alerts for admins; `connect` them to the platforms' notifiers once those run. */
	alerts: ConnectableAlerts;
	/** A reminder sweeper that sends through `notifiers`. */
	sweeper(notifiers: readonly Notifier[]): Sweeper;
}

/**
 * Where the features' data lives: opened repositories with the knowledge layer loaded from them
 * (`await repositories.knowledgeLayer.load()`), or an embedded document that lowdb repositories
 * are built over (tests and the bench pass `memoryStore(emptyDb())`).
 */
export type BotStorage =
	| {
			store: Store<DbData>;
			repositories?: undefined;
			knowledgeLayer?: undefined;
	  }
	| {
			store?: undefined;
			repositories: Repositories;
			knowledgeLayer: LayerSnapshot;
	  };

/** What the bot runs on: its storage, loaded knowledge, clock and log. */
export type BotPorts = BotStorage & {
	knowledge: KnowledgeData;
	clock: Clock;
	logger: Logger;
	/** Alerts for admins; by default sent to `config.adminIds` through the connected notifiers. */
	alerts?: ConnectableAlerts;
};

/** For tests and the bench: another rate limit than the bot's. */
export interface BotOptions {
	rateLimit?: DispatcherOptions["rateLimit"];
}

/**
 * The one place that wires storage, features and the dispatcher: services over the features'
 * repositories and `ports.knowledge`, every command, and a reminder sweeper. `main.ts` (through `openApp`), the
 * scripts, the test client and the bench all start here.
 */
export function createBot(
	config: Config,
	ports: BotPorts,
	options: BotOptions = {},
): App {
	const { store, knowledge, clock, logger } = ports;
	const repositories = ports.repositories ?? lowdbRepositories(ports.store);
	const alerts = ports.alerts ?? createAdminAlerts(config.adminIds, logger);
	const services = createServices(repositories, knowledge, {
		knowledgeLayer:
			ports.knowledgeLayer ?? lowdbLayerSnapshot(ports.store.data),
		logger,
		alerts,
		adminIds: config.adminIds,
		teacherInviteCode: config.teacherInviteCode,
		zone: config.zone,
		reminderTime: config.reminderTime,
		groupSubscribeRole: config.groupSubscribeRole,
		clock,
	});
	const dispatcher = createDispatcher({
		registry: new Registry(commands),
		services,
		clock,
		logger,
		zone: config.zone,
		// The console is the operator's own terminal, and a pipe may carry a whole script: no limit.
		rateLimit: options.rateLimit ?? {
			exempt: (request) => request.platform === "console",
		},
		roleOf: (key) => services.users.roleOf(key),
		completer: (query) =>
			complete(services, query.kind, query.typed, query.locale, {
				registry: query.registry,
				role: query.role,
			}),
	});
	return {
		config,
		store,
		knowledge,
		services,
		dispatcher,
		alerts,
		sweeper: (notifiers) =>
			createSweeper({
				subscriptions: repositories.reminderSubscriptions,
				outboxRepository: repositories.reminderOutbox,
				rounds: () => services.exams.scheduled(),
				teachers: async (today) =>
					practiceFromTraining(services.training, today),
				certificateName: (id) => services.knowledge.getCertificate(id)?.name,
				notifiers,
				zone: config.zone,
				reminderTime: config.reminderTime,
				logger,
			}),
	};
}

/**
 * config → storage → knowledge → services → core. Storage is PostgreSQL when `DATABASE_URL` is
 * set (connected and migrated here), the lowdb file otherwise. Fails with `StorageError` or
 * `KnowledgeError` (each naming what to do) before anything is answered.
 */
export async function openApp(
	config: Config,
	clock: Clock,
	logger: Logger,
): Promise<App & { storage: Storage; close(): Promise<void> }> {
	const knowledge = await loadKnowledge(config.knowledgeDir);
	const storage = await openStorage(config, logger);
	const { repositories } = storage;
	// The knowledge layer is loaded before anything is answered (from PostgreSQL, a query).
	const knowledgeLayer = await repositories.knowledgeLayer
		.load()
		.catch(async (error: unknown) => {
			await storage.close();
			throw error;
		});
	return {
		...createBot(config, {
			repositories,
			knowledgeLayer,
			knowledge,
			clock,
			logger,
		}),
		// The lowdb document behind the repositories (backups, tests); none on PostgreSQL.
		store: storage.store,
		storage,
		close: () => storage.close(),
	};
}
