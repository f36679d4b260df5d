/** Messages of major answers: levels, evidence tiers, and majors no certificate fits. */
const zh = {
	"knowledge.link_same-class": "同专业类的专业有关联",
	"knowledge.link_shared-field": "名称领域相同",
	"major.labelled": "{name}（{tier}）",
	"major.tier.1": "官方依据",
	"major.tier.2": "学校实例",
	"major.tier.3": "证书简介点名",
	"major.tier.4": "推断·同专业类",
	"major.tier.5": "推断·领域相同",
	"major.reason.same_class":
		"同属{className}的「{peer}」专业有此依据（{kind}）",
	"major.reason.shared_field": "专业名与证书名都含「{field}」",
	"major.reason.other_level": "（{level}的依据）",
	"major.inference_note":
		"标有「推断」的推荐是根据同一专业类的关联或名称中相同的领域推断的，不是官方对应关系，请以学校通知为准。",
	"major.no_field":
		"没有哪个证书与「{name}」的领域相同，资料中也没有把它们对应起来的依据。",
	"major.closest_fields": "最接近的领域（同属{category}）：{classes}",
	"major.closest_certs": "相近领域的证书（不代表与本专业对口）：",
	"major.category_code": "专业大类 {code}",
	"major.level.中等职业教育": "中职",
	"major.level.高等职业教育专科": "高职专科",
	"major.level.高等职业教育本科": "职业本科",
	"major.levels": "开设层次",
	"major.levels_same": "以上推荐对{levels}都适用。",
	"major.levels_differ": "「{name}」在不同层次的推荐不同：",
	"major.level_line": "{level}（{code}）：{answer}（共 {count} 个）",
	"major.level_answer_none": "暂无依据",
	"major.level_missing": "「{name}」没有{level}层次，以下是它已有的层次。",
	"major.level_open": "查看某个层次的完整回答：",
	"major.close_open": "查看某个专业的完整回答：",
	"knowledge.pairing_levels": "该专业开设层次：{levels}",
	"knowledge.pairing_evidence":
		"「{major}」与「{certificate}」的依据（{tier}）：",
	"knowledge.pairing_none":
		"没有资料把「{major}」专业和「{certificate}」证书对应起来；能不能报考请以培训评价组织和学校的通知为准。",
} as const;

const en: Record<keyof typeof zh, string> = {
	"knowledge.link_same-class": "linked to a major of the same class",
	"knowledge.link_shared-field": "same field in the names",
	"major.labelled": "{name} ({tier})",
	"major.tier.1": "official text",
	"major.tier.2": "a school's example",
	"major.tier.3": "named in the certificate's description",
	"major.tier.4": "inference · same class of majors",
	"major.tier.5": "inference · same field",
	"major.reason.same_class":
		"linked to “{peer}”, a major of the same class {className} ({kind})",
	"major.reason.shared_field":
		"the major's and the certificate's names both contain “{field}”",
	"major.reason.other_level": " (evidence about the {level} level)",
	"major.inference_note":
		"Suggestions marked “inference” come from links of majors in the same class or from a field word both names share; they are not an official mapping. Follow your school's notices.",
	"major.no_field":
		"No certificate shares the field of “{name}”, and no source links one to it.",
	"major.closest_fields": "Closest fields (also in {category}): {classes}",
	"major.closest_certs":
		"Certificates of nearby fields (not evidence that they fit this major):",
	"major.category_code": "category {code}",
	"major.level.中等职业教育": "secondary vocational",
	"major.level.高等职业教育专科": "higher vocational (专科)",
	"major.level.高等职业教育本科": "vocational bachelor",
	"major.levels": "Levels",
	"major.levels_same": "These suggestions hold for {levels}.",
	"major.levels_differ": "“{name}” has different suggestions at each level:",
	"major.level_line": "{level} ({code}): {answer} ({count} in all)",
	"major.level_answer_none": "no evidence yet",
	"major.level_missing":
		"“{name}” is not taught at the {level} level; these are its levels.",
	"major.level_open": "Open the full answer for one level:",
	"major.close_open": "Open the full answer for one major:",
	"knowledge.pairing_levels": "Levels of this major: {levels}",
	"knowledge.pairing_evidence":
		"What links “{major}” and “{certificate}” ({tier}):",
	"knowledge.pairing_none":
		"No source links the major “{major}” to the certificate “{certificate}”; whether you may sit it is for the organisation and your school to say.",
};

export const majors = { zh, en };
