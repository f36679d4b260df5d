import type { Source } from "../../src/features/knowledge/knowledge-port.js";
import { fail } from "./fail.js";
import { certName } from "./names.js";
import { mapTrust } from "./sources.js";

/** One item of x_cert_exam_plans_and_rules.json: a notice, a plan table or a rule. */
export interface PlanItem {
	id: string;
	certificates: string[];
	organisation_as_named: string;
	exam_plans_year?: number;
	exam_plans?: Record<string, string>[];
	source?: { title?: string; url: string };
	sources?: { url: string; trust: string }[];
	trust?: string;
}

export function planSource(item: PlanItem): Source {
	const first = item.source ?? item.sources?.[0];
	if (!first) fail(`plan ${item.id} has no source`);
	const trust = item.trust ?? item.sources?.[0]?.trust ?? "";
	return {
		title:
			item.source?.title ??
			`${item.id}：${item.certificates.map(certName).join("、")}`,
		url: first.url,
		trust: mapTrust(trust),
		note: `来源评级：${trust}`,
	};
}
