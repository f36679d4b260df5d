import { defineCommand } from "../../src/core/command.js";
import { kbCert } from "./kb-cert.js";
import { kbFaq } from "./kb-faq.js";
import { kbLink } from "./kb-link.js";
import { kbLog } from "./kb-log.js";

/** Admins extend the knowledge base from chat; every change needs a source (`来源=`). */
export const kb = defineCommand({
	name: "kb",
	aliases: ["知识库"],
	summary: "kb.summary",
	access: "admin",
	private: true,
	examples: [
		"/kb cert add 名称=普通话水平测试 来源=本校 2026 年学生证书清单",
		"/kb link add c001 510203 依据=方案 来源=本校 2025 级人才培养方案",
		"/kb faq add 问题=在哪里报名 回答=在 1+X 办公室报名。 来源=教务处通知",
	],
	subcommands: [kbCert, kbLink, kbFaq, kbLog],
});
