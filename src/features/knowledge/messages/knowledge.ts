/** Messages of the student commands: certificates, majors, questions. */
const zh = {
	"about.summary": "本机器人掌握哪些资料、来自哪里、还缺什么",
	"about.title": "资料与来源",
	"about.certificates": "收录的证书",
	"about.majors": "专业目录中的专业",
	"about.faq": "政策问答",
	"about.exams": "今后的已知考试批次",
	"about.sources":
		"资料来自公开来源：职业技能等级证书信息管理服务平台的公开记录、1+X 第一二批证书名单、《职业教育专业目录（2021年）》及 2025 年增补、院校和培训评价组织的公开报道、人社厅函〔2025〕154号等政策文件的转载、部分专业教学标准和证书标准文本。每个回答都注明来源；只有未经核实的转载支持的内容不作为依据引用。",
	"about.gaps":
		"还缺：447 个X证书的完整目录（本机器人只收录了其中一部分名称，很多没有培训评价组织和等级）、官方「专业 → 证书」对应表（只有少数几页专业简介和专业教学标准）、X证书与国家职业的对应目录、人社厅函〔2025〕154号第六条（已取得证书的效力）全文；职业技能等级认定只收录了资料中学校组织过的少数工种。不确定时请咨询学校 1+X 办公室或当地人社部门。",
	"help.summary": "查看全部命令或某个命令的用法",
	"help.arg_command": "命令名，例如 cert",
	"start.summary": "开始使用",
	"cert.summary": "查询 X 证书：等级、培训评价组织、简介、对口专业、考试",
	"cert.arg_query": "证书名称、简称、拼音或首字母",
	"major.summary": "按专业查适合考的 X 证书",
	"major.arg_query": "专业名称或代码，例如 软件技术、510203",
	"ask.summary": "直接提问，例如「Web前端什么时候考试」",
	"ask.arg_question": "你的问题",
	"unanswered.summary": "查看没能回答的问题",
	"unanswered.arg_limit": "显示条数（默认 20）",
	"cert.not_found":
		"没有找到与「{query}」相符的证书。可以用证书全称、简称、拼音首字母或编号。目前收录 {count} 个证书（第三、四批名单尚未收录）。",
	"cert.organisation": "培训评价组织",
	"cert.organisation_unknown": "来源未载明（请向学校 1+X 办公室确认）",
	"cert.levels": "等级",
	"cert.levels_unknown": "来源未列出等级",
	"cert.batch": "批次",
	"cert.batch_value": "第 {batch} 批",
	"cert.description": "证书简介",
	"cert.majors": "相关专业",
	"cert.exams": "近期考试",
	"cert.no_exams": "暂无已知的今后考试安排。",
	"cert.exam_line": "{levels}考试 {exam}（报名截止 {register}）",
	"cert.sources": "来源",
	"cert.more_exams": "更多：/exam {id}",
	"knowledge.link_official": "官方文本",
	"knowledge.link_description": "证书官方简介提及",
	"knowledge.link_school": "学校考试实例",
	"knowledge.link_article": "期刊/学校报道",
	"knowledge.link_class-match": "证书简介与专业（类）相关",
	"major.not_found": "没有找到专业「{query}」。",
	"major.not_found_hint":
		"请输入专业名称或 6 位专业代码，例如「软件技术」或「510203」。",
	"major.choose": "有几个相近的专业，各自的推荐如下：",
	"major.fields.code": "专业代码",
	"major.fields.level": "层次",
	"major.fields.class": "专业类",
	"major.fields.category": "专业大类",
	"major.category_unconfirmed": "代码 {code}",
	"major.recommended": "适合考的 X 证书",
	"major.none":
		"官方对应关系见《职业教育专业简介》（2022）中的「职业类证书举例」，也可以咨询学校 1+X 办公室。",
	"major.similar_names": "名称相近的证书（仅按名称检索，不代表与本专业对口）：",
	"ask.greeting":
		"你好！我可以帮你查 X 证书、专业对口的证书和考试时间，直接问就行。",
	"ask.unknown": "这个问题我暂时回答不了，已记录下来供老师查看。",
	"ask.where":
		"可以咨询学校教务处或 1+X 办公室，或查看职业技能等级证书信息管理服务平台（vslc.ncb.edu.cn）。",
	"ask.related": "也许相关：",
	"ask.faq_sources": "来源",
	"ask.faq_confidence_low": "（此答案依据的资料可信度有限，请以官方文件为准）",
	"ask.organisation": "{organisation} 的证书",
	"unanswered.none": "目前没有未回答的问题。",
	"unanswered.title": "未回答的问题（最近 {count} 条）",
} as const;

const en: Record<keyof typeof zh, string> = {
	"about.summary":
		"What the bot knows, where it comes from, and what is missing",
	"about.title": "Data and sources",
	"about.certificates": "Certificates listed",
	"about.majors": "Majors in the catalogue",
	"about.faq": "Policy answers",
	"about.exams": "Upcoming exam rounds known",
	"about.sources":
		"The data comes from public sources: the certificate platform's public records, the batch 1–2 certificate list, the 2021 vocational major catalogue with its 2025 additions, public reports by schools and certificate organisations, reposts of policy documents such as 人社厅函〔2025〕154号, and some teaching and certificate standards. Every answer names its source; unverified reposts are never cited as the basis of an answer.",
	"about.gaps":
		"Still missing: the full list of the 447 X certificates (only part of the names are here, many without organisation or levels), an official major → certificate table (only a few pages of the major profiles and 2025 teaching standards), the table matching X certificates to national occupations, and the full text of item 6 of 人社厅函〔2025〕154号 (certificates already held); only the few 职业技能等级认定 occupations that schools reported are listed. When unsure, ask your school's 1+X office or the local 人社 office.",
	"help.summary": "List all commands, or one command's usage",
	"help.arg_command": "Command name, e.g. cert",
	"start.summary": "Get started",
	"cert.summary":
		"Look up an X certificate: levels, organisation, description, majors, exams",
	"cert.arg_query": "Certificate name, short name, pinyin or initials",
	"major.summary": "X certificates that fit a major",
	"major.arg_query": "Major name or code, e.g. 软件技术, 510203",
	"ask.summary": "Ask a question, e.g. “When is the Web前端 exam?”",
	"ask.arg_question": "Your question",
	"unanswered.summary": "Questions the bot could not answer",
	"unanswered.arg_limit": "How many to show (default 20)",
	"cert.not_found":
		"No certificate matches “{query}”. Try the full name, a short name, pinyin initials or the id. {count} certificates are listed (batches 3 and 4 are not yet included).",
	"cert.organisation": "Organisation (培训评价组织)",
	"cert.organisation_unknown":
		"not named by the sources (ask your school's 1+X office)",
	"cert.levels": "Levels",
	"cert.levels_unknown": "not listed by the sources",
	"cert.batch": "Batch",
	"cert.batch_value": "batch {batch}",
	"cert.description": "Description",
	"cert.majors": "Related majors",
	"cert.exams": "Upcoming exams",
	"cert.no_exams": "No upcoming exam round is known.",
	"cert.exam_line": "{levels} exam {exam} (register by {register})",
	"cert.sources": "Sources",
	"cert.more_exams": "More: /exam {id}",
	"knowledge.link_official": "official text",
	"knowledge.link_description":
		"named in the certificate's official description",
	"knowledge.link_school": "school exam example",
	"knowledge.link_article": "journal or school report",
	"knowledge.link_class-match": "description matches the major (class)",
	"major.not_found": "No major matches “{query}”.",
	"major.not_found_hint":
		"Type a major's name or its 6-digit code, e.g. 软件技术 or 510203.",
	"major.choose": "Several majors match; here is what fits each:",
	"major.fields.code": "Code",
	"major.fields.level": "Level",
	"major.fields.class": "Class (专业类)",
	"major.fields.category": "Category (专业大类)",
	"major.category_unconfirmed": "code {code}",
	"major.recommended": "X certificates that fit",
	"major.none":
		"The official mapping is the “职业类证书举例” section of the 2022 《职业教育专业简介》; your school's 1+X office can also advise.",
	"major.similar_names":
		"Certificates with similar names (found by name only; not evidence that they fit this major):",
	"ask.greeting":
		"Hello! Ask me about X certificates, certificates for your major, or exam dates.",
	"ask.unknown":
		"I cannot answer that yet; the question has been recorded for the staff.",
	"ask.where":
		"Ask your school's academic affairs or 1+X office, or see the certificate platform (vslc.ncb.edu.cn).",
	"ask.related": "Possibly related:",
	"ask.faq_sources": "Sources",
	"ask.faq_confidence_low":
		"(this answer rests on sources of limited reliability; official documents prevail)",
	"ask.organisation": "Certificates of {organisation}",
	"unanswered.none": "No unanswered questions.",
	"unanswered.title": "Unanswered questions (latest {count})",
};

export const knowledge = { zh, en };
