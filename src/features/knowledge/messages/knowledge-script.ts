/** `npm run knowledge` refusing options it cannot read, before anything is opened. */
const zh = {
	"knowledge.import_option_unknown": "不认识的选项 {option}。",
	"knowledge.import_option_value":
		'选项 {option} 后面要写上值（如 --out 导出目录、--source "第四批名单"），或写法不对。',
} as const;

const en: Record<keyof typeof zh, string> = {
	"knowledge.import_option_unknown": "Unknown option {option}.",
	"knowledge.import_option_value":
		'Option {option} needs a value after it (like --out folder, --source "list of batch 4"), or is written wrongly.',
};

export const knowledgeScript = { zh, en };
