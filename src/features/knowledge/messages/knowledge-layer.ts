/** Messages of `/kb` (admins extending the knowledge base) and the added counts in `/about`. */
const zh = {
	"kb.summary": "维护知识库：添加、修改、删除证书、专业关联和问答（管理员）",
	"kb.cert.summary": "添加、修改或删除证书（管理员）",
	"kb.cert.add.summary": "添加证书（须写来源）",
	"kb.cert.edit.summary": "修改证书的名称、组织、等级、简介或简称（须写来源）",
	"kb.cert.remove.summary": "删除证书（须写来源或原因）",
	"kb.link.summary": "添加或删除专业与证书的关联（管理员）",
	"kb.link.add.summary": "添加专业—证书关联（须写依据和来源）",
	"kb.link.remove.summary": "删除专业—证书关联（须写来源或原因）",
	"kb.faq.summary": "添加、修改或删除问答（管理员）",
	"kb.faq.add.summary": "添加问答（须写来源）",
	"kb.faq.edit.summary": "修改问答（须写来源）",
	"kb.faq.remove.summary": "删除问答（须写来源或原因）",
	"kb.arg_fields": "字段，如 名称=… 类型=… 组织=… 等级=… 来源=…",
	"kb.arg_cert_id": "证书编号（如 c001、k001，可用 /cert 查）",
	"kb.arg_faq_id": "问答编号（如 kb-1）",
	"kb.arg_major": "专业代码（如 510203）或专业全称",
	"kb.unknown_field":
		"不认识字段「{field}=」。这个操作可用的字段：{fields}（也可以用中文名，如 名称= 来源=）。",
	"kb.field_not_here": "这个操作不用「{field}=」。可用的字段：{fields}。",
	"kb.field_twice": "「{field}=」写了两次，请只写一次。",
	"kb.text_outside_field":
		"「{text}」不在任何字段里。请把内容写成 字段=值，可用的字段：{fields}。",
	"kb.needs_source":
		"每项修改都要写来源：来源=文件名称或网址（如 来源=第四批职业技能等级证书名单 https://…）。",
	"kb.source_too_long": "来源太长了，请只写文件名称和网址（300 字以内）。",
	"kb.source_bad_url":
		"来源里的网址不完整，请写出完整的网址，如 https://www.example.edu.cn/tz/2026.html",
	"kb.needs_name": "请写证书名称：名称=…（不带“职业技能等级证书”）。",
	"kb.needs_question": "请写问题：问题=…",
	"kb.needs_answer": "请写回答：回答=…（400 字以内），并写上来源：来源=…",
	"kb.needs_kind": "请写关联的依据：依据=…，可选：{kinds}。",
	"kb.bad_kind": "依据「{value}」不认识，可选：{kinds}。",
	"kb.nothing_to_change": "没有要修改的字段。请写出要改的字段和来源。",
	"kb.empty_field":
		"「{field}」是空的。不需要这个字段时不写它；要清空组织或简介时写“无”。",
	"kb.too_long":
		"「{field}」有 {length} 个字，最多 {max} 个字。请检查是否把简介或整段文字粘到了这里。",
	"kb.too_many": "「{field}」有 {count} 项，最多 {max} 项。",
	"kb.invalid_record": "这条记录不符合知识库格式（{field}：{detail}）。",
	"kb.unknown_certificate":
		"没有编号为「{id}」的证书。请先用 /cert <名称> 查到编号（如 c001、k001）。",
	"kb.unknown_major":
		"专业目录里没有「{major}」。请写 6 位专业代码（如 510203）或目录中的专业全称，可用 /major <名称> 查。",
	"kb.unknown_faq":
		"没有编号为「{id}」的问答。编号见问答末尾或导出文件（如 kb-1）。",
	"kb.cert_exists":
		"已有同名证书 {id}（{name}）。要补充信息请用 /kb cert edit {id} …",
	"kb.alias_is_name":
		"简称「{alias}」是另一个证书（{id}）的名称，不能用作简称。",
	"kb.link_exists": "「{cert}」和「{major}」已有同样依据（{kind}）的关联。",
	"kb.not_linked": "「{cert}」和「{major}」之间没有关联，无需删除。",
	"kb.unknown_value": "未知",
	"kb.cert_line": "{id} {name} · {kind} · 组织：{org} · 等级：{levels}",
	"kb.bad_type": "类型「{value}」不认识，可选：{kinds}（不写时为“其他”）。",
	"kb.cert_added": "已添加证书 {id}，现在就能搜到：",
	"kb.cert_try": "试试：/cert {id}",
	"kb.cert_edited": "已修改证书 {id}：",
	"kb.cert_removed": "已删除证书 {id}（{name}），不再出现在搜索和推荐中。",
	"kb.link_added": "已添加关联：{cert} ↔ {major}（{codes}）。",
	"kb.link_try": "试试：/major {code}",
	"kb.link_removed": "已删除 {count} 条关联。",
	"kb.faq_added": "已添加问答 {id}：{question}",
	"kb.faq_edited": "已修改问答 {id}：{question}",
	"kb.faq_removed": "已删除问答 {id}：{question}",
	"kb.log.summary": "查看知识库的修改记录：谁、何时、改了什么、来源（管理员）",
	"kb.arg_limit": "显示条数（默认 20）",
	"kb.log_empty": "知识库还没有修改记录。",
	"kb.log_title": "知识库修改记录（最近 {count} 条）",
	"kb.log_line": "{at} {by} {action} {target}{detail} · 来源：{source}",
	"kb.action_add": "添加",
	"kb.action_edit": "修改",
	"kb.action_remove": "删除",
	"kb.action_import": "导入",
	"kb.kind_plan": "本校人才培养方案",
	"kb.kind_official": "官方文件",
	"kb.kind_description": "证书官方简介",
	"kb.kind_school": "学校报道",
	"kb.kind_article": "文章",
	"about.layer":
		"其中学校添加：证书 {certificates} 个、专业关联 {links} 条、问答 {faq} 条；修改 {changed} 条、删除 {removed} 条（随包附带的资料：证书 {shippedCertificates} 个、关联 {shippedLinks} 条、问答 {shippedFaq} 条）。",
} as const;

const en: Record<keyof typeof zh, string> = {
	"kb.summary":
		"Maintain the knowledge base: add, edit and remove certificates, major links and answers (admins)",
	"kb.cert.summary": "Add, edit or remove certificates (admins)",
	"kb.cert.add.summary": "Add a certificate (with a source)",
	"kb.cert.edit.summary":
		"Change a certificate's name, organisation, levels, description or aliases (with a source)",
	"kb.cert.remove.summary": "Remove a certificate (with a source or reason)",
	"kb.link.summary": "Add or remove major ↔ certificate links (admins)",
	"kb.link.add.summary":
		"Add a major ↔ certificate link (with evidence and a source)",
	"kb.link.remove.summary":
		"Remove a major ↔ certificate link (with a source or reason)",
	"kb.faq.summary": "Add, edit or remove answers (admins)",
	"kb.faq.add.summary": "Add an answer (with a source)",
	"kb.faq.edit.summary": "Edit an answer (with a source)",
	"kb.faq.remove.summary": "Remove an answer (with a source or reason)",
	"kb.arg_fields": "fields, e.g. name=… type=… org=… levels=… source=…",
	"kb.arg_cert_id": "certificate id (c001, k001; see /cert)",
	"kb.arg_faq_id": "answer id (e.g. kb-1)",
	"kb.arg_major": "major code (e.g. 510203) or the major's full name",
	"kb.unknown_field":
		"Unknown field “{field}=”. This action takes: {fields} (Chinese names such as 名称= 来源= work too).",
	"kb.field_not_here":
		"This action does not take “{field}=”. It takes: {fields}.",
	"kb.field_twice": "“{field}=” is given twice; give it once.",
	"kb.text_outside_field":
		"“{text}” is not inside a field. Write field=value; this action takes: {fields}.",
	"kb.needs_source":
		"Every change needs a source: source=document title or address (e.g. source=Batch 4 certificate list https://…).",
	"kb.source_too_long":
		"The source is too long: give the document title and address only (at most 300 characters).",
	"kb.source_bad_url":
		"The address in the source is incomplete; write the whole address, like https://www.example.edu.cn/tz/2026.html",
	"kb.needs_name":
		"Give the certificate's name: name=… (without 职业技能等级证书).",
	"kb.needs_question": "Give the question: question=…",
	"kb.needs_answer":
		"Give the answer: answer=… (at most 400 characters), and its source: source=…",
	"kb.needs_kind": "Give the evidence kind: kind=…, one of {kinds}.",
	"kb.bad_kind": "Unknown evidence kind “{value}”; one of {kinds}.",
	"kb.nothing_to_change":
		"Nothing to change: give the fields to change and a source.",
	"kb.empty_field":
		"“{field}” is empty. Leave out a field you do not need; write “none” to clear an organisation or description.",
	"kb.too_long":
		"“{field}” has {length} characters; at most {max}. Check that a description or a whole paragraph was not pasted here.",
	"kb.too_many": "“{field}” has {count} {count|entry|entries}; at most {max}.",
	"kb.invalid_record":
		"This record does not fit the knowledge format ({field}: {detail}).",
	"kb.unknown_certificate":
		"No certificate has the id “{id}”. Look it up with /cert <name> first (c001, k001, …).",
	"kb.unknown_major":
		"The catalogue has no major “{major}”. Give the 6-digit code (e.g. 510203) or the full catalogue name; /major <name> finds it.",
	"kb.unknown_faq":
		"No answer has the id “{id}”. Ids look like kb-1 (see the export).",
	"kb.cert_exists":
		"Certificate {id} ({name}) already has this name. To add to it, use /kb cert edit {id} …",
	"kb.alias_is_name":
		"The alias “{alias}” is the name of another certificate ({id}) and cannot be an alias.",
	"kb.link_exists":
		"“{cert}” and “{major}” are already linked with the same evidence kind ({kind}).",
	"kb.not_linked": "“{cert}” and “{major}” are not linked; nothing to remove.",
	"kb.unknown_value": "unknown",
	"kb.cert_line":
		"{id} {name} · {kind} · organisation: {org} · levels: {levels}",
	"kb.bad_type": "Unknown type “{value}”; one of {kinds} (without one: other).",
	"kb.cert_added": "Added certificate {id}; it can be found now:",
	"kb.cert_try": "Try: /cert {id}",
	"kb.cert_edited": "Changed certificate {id}:",
	"kb.cert_removed":
		"Removed certificate {id} ({name}); it no longer appears in searches or recommendations.",
	"kb.link_added": "Added the link {cert} ↔ {major} ({codes}).",
	"kb.link_try": "Try: /major {code}",
	"kb.link_removed": "Removed {count} link(s).",
	"kb.faq_added": "Added answer {id}: {question}",
	"kb.faq_edited": "Changed answer {id}: {question}",
	"kb.faq_removed": "Removed answer {id}: {question}",
	"kb.log.summary":
		"See the knowledge base's change log: who, when, what and the source (admins)",
	"kb.arg_limit": "how many to show (default 20)",
	"kb.log_empty": "The knowledge base has no changes yet.",
	"kb.log_title": "Knowledge base changes (latest {count})",
	"kb.log_line": "{at} {by} {action} {target}{detail} · source: {source}",
	"kb.action_add": "added",
	"kb.action_edit": "changed",
	"kb.action_remove": "removed",
	"kb.action_import": "imported",
	// Evidence labels become part of the stored record, which the knowledge base keeps in Chinese.
	"kb.kind_plan": "本校人才培养方案",
	"kb.kind_official": "官方文件",
	"kb.kind_description": "证书官方简介",
	"kb.kind_school": "学校报道",
	"kb.kind_article": "文章",
	"about.layer":
		"Added by the school: {certificates} {certificates|certificate|certificates}, {links} major links, {faq} {faq|answer|answers}; {changed} changed, {removed} removed (shipped: {shippedCertificates} {shippedCertificates|certificate|certificates}, {shippedLinks} {shippedLinks|link|links}, {shippedFaq} {shippedFaq|answer|answers}).",
};

export const knowledgeLayer = { zh, en };
