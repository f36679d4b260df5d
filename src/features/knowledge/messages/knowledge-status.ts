/**
 * Messages about what a certificate is and where it stands since the 2025 hand-over of X
 * certificates to 人社部, how sources are shown, and the admin-only `/source` command.
 */
const zh = {
	"cert.kind": "类型",
	"cert.kind_x": "X证书（1+X 职业技能等级证书）",
	"cert.kind_skill-level": "职业技能等级认定（人社部门，按职业和等级）",
	"cert.kind_other": "学校登记的其他证书",
	"cert.status": "现状",
	"knowledge.status_x_before":
		"按{notice}，X证书移交人社部门；教育部门须在 {end} 前完成已报名学生的考证（还有 {days} 天），新的报考已不再安排",
	"knowledge.status_x_after":
		"按{notice}，X证书已移交人社部门；{end} 起教育系统不再组织X证书考试（已过去 {days} 天）",
	"knowledge.status_skill-level":
		"由人社部门备案的认定机构按职业（工种）和等级组织认定，时间请问学校或当地人社部门",
	"knowledge.status_other": "学校登记的证书，考试安排请问学校",
	"cert.levels_skill": "按职业（工种）等级认定，开设哪些等级请问认定机构",
	"cert.organisation_skill": "各地人社部门备案的认定机构",
	"cert.organisation_skill_label": "认定机构",
	"cert.organisations_joint": "{names}（联合列出）",
	"knowledge.sources_none_citable":
		"只有未经核实的转载资料，不作为依据；请以学校通知为准",
	"exam.why_x_before":
		"「{cert}」是X证书。按{notice}，X证书移交人社部门，教育部门须在 {end} 前完成已报名学生的考证（还有 {days} 天）：现在只为已经报名的学生安排考试，不再有新的报考批次。",
	"exam.why_x_after":
		"「{cert}」是X证书。按{notice}，教育部门须在 {end} 前完成已报名学生的考证；这个日期已过去 {days} 天，此后教育系统不再组织X证书考试，所以没有新的考试批次。",
	"exam.why_skill-level":
		"「{cert}」是人社部门的职业技能等级认定，由各地备案的认定机构安排时间，资料中没有具体日期。",
	"exam.months_hint": "往年的考试月份（只供参考）：{months}",
	"exam.ask_where": "请咨询：{where}。",
	"subscribe.no_rounds_x":
		"提示：按{notice}，{end} 起教育系统不再组织X证书考试，所以很可能不会再有新的批次。",
	"source.summary": "（管理员）查看一条记录的全部来源、可信度和备注",
	"source.arg_id": "证书编号、问答编号或考试编号，例如 c004",
	"source.title": "「{what}」的来源（仅管理员可见）",
	"source.line": "{n}. {title}｜可信度 {trust}",
	"source.url": "   链接：{url}",
	"source.repo": "   仓库：{repo} {path}",
	"source.note": "   备注：{note}",
	"source.links_title": "专业关联（{n} 条）",
	"source.link_line": "{major}（{kind}）｜可信度 {trust}｜{title}",
	"source.more": "另有 {n} 条未列出。",
	"source.not_found":
		"没有编号为「{id}」的证书、问答、考试批次或考试报道。例：/source c004、/source x-exams-now、/source handover",
	"about.kinds":
		"X证书 {x} 个，职业技能等级认定工种 {skill} 个，学校登记的其他证书 {other} 个（共 {total} 个，X证书总数为 447 个）",
	"about.links":
		"专业—证书关联 {n} 条（官方文本 {official}，证书简介 {description}，学校实例 {school}，文章报道 {article}）",
	"about.admin":
		"管理员：/source <编号> 可查看任一记录的全部来源、可信度与备注。",
} as const;

const en: Record<keyof typeof zh, string> = {
	"cert.kind": "Kind",
	"cert.kind_x": "X certificate (1+X)",
	"cert.kind_skill-level":
		"职业技能等级认定 (skill-level assessment by 人社, per occupation and level)",
	"cert.kind_other": "Other certificate the school tracks",
	"cert.status": "Status",
	"knowledge.status_x_before":
		"Under {notice} X certificates are handed over to 人社部; education departments finish the exams of students already registered by {end} ({days} {days|day|days} left); no new registrations are arranged",
	"knowledge.status_x_after":
		"Under {notice} X certificates are handed over to 人社部; since {end} the education system holds no X exams ({days} {days|day|days} ago)",
	"knowledge.status_skill-level":
		"Assessed by the 认定机构 registered with 人社, per occupation and level; ask your school or the local 人社 office for dates",
	"knowledge.status_other":
		"A certificate your school tracks; ask the school for exam dates",
	"cert.levels_skill":
		"assessed per occupation level; ask the 认定机构 which levels it offers",
	"cert.organisation_skill":
		"the 认定机构 registered with the local 人社 office",
	"cert.organisation_skill_label": "Assessed by",
	"cert.organisations_joint": "{names} (listed jointly)",
	"knowledge.sources_none_citable":
		"only unverified reposts, not relied on; go by your school's notices",
	"exam.why_x_before":
		"“{cert}” is an X certificate. Under {notice} X certificates are handed over to 人社部, and education departments finish the exams of students already registered by {end} ({days} {days|day|days} left): only those students are examined, no new rounds are opened.",
	"exam.why_x_after":
		"“{cert}” is an X certificate. Under {notice} education departments had to finish the exams of registered students by {end}; that was {days} {days|day|days} ago, and since then the education system holds no X exams, so there are no new rounds.",
	"exam.why_skill-level":
		"“{cert}” is a 职业技能等级认定 of 人社: the registered 认定机构 set the dates; the sources give none.",
	"exam.months_hint": "Months of past exams (for reference only): {months}",
	"exam.ask_where": "Ask: {where}.",
	"subscribe.no_rounds_x":
		"Note: under {notice} the education system holds no X exams from {end} on, so new rounds are unlikely.",
	"source.summary":
		"(admin) every source of a record, with trust and curator notes",
	"source.arg_id": "certificate, FAQ or exam id, e.g. c004",
	"source.title": "Sources of “{what}” (admins only)",
	"source.line": "{n}. {title} | trust {trust}",
	"source.url": "   link: {url}",
	"source.repo": "   repository: {repo} {path}",
	"source.note": "   note: {note}",
	"source.links_title": "Major links ({n})",
	"source.link_line": "{major} ({kind}) | trust {trust} | {title}",
	"source.more": "{n} more not listed.",
	"source.not_found":
		"No certificate, FAQ, exam round or exam report has the id “{id}”. E.g. /source c004, /source x-exams-now, /source handover",
	"about.kinds":
		"{x} X certificates, {skill} skill-level occupations, {other} other certificates ({total} in all; there are 447 X certificates)",
	"about.links":
		"{n} major–certificate links (official text {official}, certificate description {description}, school example {school}, article {article})",
	"about.admin":
		"Admins: /source <id> shows every source of a record with its trust and notes.",
};

export const knowledgeStatus = { zh, en };
