/** How `/kb log` names the kinds of record and the fields a change touched. */
const zh = {
	"kb.log_target_certificate": "证书",
	"kb.log_target_faq": "问答",
	"kb.log_target_link": "关联",
	"kb.log_target_file": "文件",
	"kb.log_field_name": "名称",
	"kb.log_field_kind": "类型",
	"kb.log_field_aliases": "简称",
	"kb.log_field_organisation": "组织",
	"kb.log_field_levels": "等级",
	"kb.log_field_description": "简介",
	"kb.log_field_question": "问题",
	"kb.log_field_answer": "回答",
	"kb.log_field_variants": "问法",
	"kb.log_field_askWhere": "去哪问",
	"kb.log_import_detail":
		"{rows} 行：新增 {added}，补充 {merged}，相同 {unchanged}，冲突 {conflicts}",
} as const;

const en: Record<keyof typeof zh, string> = {
	"kb.log_target_certificate": "certificate",
	"kb.log_target_faq": "FAQ",
	"kb.log_target_link": "link",
	"kb.log_target_file": "file",
	"kb.log_field_name": "name",
	"kb.log_field_kind": "type",
	"kb.log_field_aliases": "aliases",
	"kb.log_field_organisation": "org",
	"kb.log_field_levels": "levels",
	"kb.log_field_description": "description",
	"kb.log_field_question": "question",
	"kb.log_field_answer": "answer",
	"kb.log_field_variants": "variants",
	"kb.log_field_askWhere": "askwhere",
	"kb.log_import_detail":
		"{rows} rows: {added} added, {merged} merged, {unchanged} unchanged, {conflicts} conflicts",
};

export const kbLogMessages = { zh, en };
