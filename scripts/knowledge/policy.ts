import type { Policy } from "../../src/features/knowledge/schema.js";
import { type Facts, sourcesOf } from "./facts.js";
import { fail } from "./fail.js";

/** Enterprise-practice rule (facts F01, F02) and the school's own training-hours target. */
export function buildPolicy(facts: Facts, verifiedOn: string): Policy {
	const practice = sourcesOf(facts, ["F01", "F02"]);
	return {
		enterprisePractice: {
			months: 6,
			periodYears: 5,
			days: 180,
			daysPerMonth: 30,
			note: "《职业学校教师企业实践规定》第四条：专业课教师每5年累计不少于6个月到企业或生产服务一线实践。规定以月计；折算天数（6个月×30天=180天）是本系统的换算设定，不是规定原文，学校可改 daysPerMonth 或 days。",
			source: practice.sources[0] ?? fail("F01 has no source"),
		},
		trainingHours: {
			target: 360,
			periodYears: 5,
			basis: "school-setting",
			note: "学校设定的培训学时目标，不是来自所收资料的规定：policy_facts.json 中没有全国统一的教师培训学时数。默认值 360 学时/5 年只是占位，请按本校或本省文件修改。",
		},
		sources: practice.sources,
		verified: verifiedOn,
	};
}
