/**
 * Cue words that say what a question wants, in Chinese, pinyin and English: exam time, fees,
 * registration, who issues, a major, a field, a policy question, and a stated level.
 */

import type { MajorLevel } from "../../core/knowledge-port.js";

export interface Cues {
	exam: boolean;
	fees: boolean;
	register: boolean;
	organisation: boolean;
	/** `专业`, `我是学…的`, `zhuanye`, `student`: the question is about the asker's major. */
	major: boolean;
	/** `能考什么`, `推荐`: what to take, said without naming a major. */
	whatToTake: boolean;
	/** `有哪些`, `方面`, `相关`: a field with several certificates. */
	field: boolean;
	policy: boolean;
	/** A Chinese query for the FAQ answer a policy or registration question asks for. */
	policyQuery?: string;
	english: boolean;
	level?: MajorLevel;
	/** For an English question: a Chinese word that finds the FAQ answer it asks for. */
	faqWord?: string;
}

const EXAM =
	/什么时候|啥时候|几时|几号|几月|哪天|哪一天|时间|日期|安排|考期|开考|截止|一年.{0,3}考?几[次回]|考几[次回]|多久考|下次|下一次|还有考试|考试(?!难|内容|考什么|考些)|shenmeshihou|shihou|jihao|kaoshi|baoming/u;
const FEES =
	/费用|多少钱|收费|交钱|价格|考试费|报名费|贵不贵|免费|花钱|要钱|花多少|duoshaoqian|feiyong/u;
const REGISTER =
	/报名|报考|怎么报|在哪报|哪里报|去哪报|入口|社会人员|社会考生|毕业了还能考|没在学校|报x证|baoming/u;
const ORGANISATION =
	/谁发|谁颁发|颁发|发证|哪个机构|哪家|什么机构|哪个单位|哪个部门|谁负责|谁组织|那边出|出的|培训评价组织/u;
const MAJOR =
	/专业|我是学|我学的是|我读的是|我学|学.{2,12}的|的学生|zhuanye|\d{6}/u;
const WHAT_TO_TAKE =
	/能考什么|能考啥|可以考什么|可以考哪些|能考哪些|考什么证|考啥证|适合考|推荐/u;
const FIELD = /有哪些|哪几个|有几个|方面|相关|有关|关于|类的|方向|naxie/u;
const POLICY =
	/企业实践|下企业|双师|学分|有效期|过期|失效|成绩|官网|平台|网址|专业目录|几批|第.批|多少个|名单|什么是|是什么东西|到底是啥|是啥|是什么|还能考吗|还有用吗|国家认可|有什么用|有啥用|有帮助|对应表|政策|文件|试点|认定/u;

// Policy wording → words of the FAQ entry that answers it (the FAQ says it its own way).
const POLICY_QUERIES: [RegExp, string][] = [
	[/过期|失效|有效期|长期有效/u, "有效期"],
	[/成绩/u, "成绩怎么查"],
	[/学分/u, "学分银行"],
	[/官网|网址|平台/u, "X证书官网"],
	[/几批|第.批|多少个|名单/u, "有多少个X证书"],
	[/对应表|对应哪些/u, "专业对应哪些证书"],
	[
		/还能考吗|还有用吗|国家认可|有什么用|有啥用|有帮助|是什么东西|到底是啥|是啥|是什么|什么是/u,
		"1+X证书有什么用",
	],
];

const EN_EXAM =
	/\bwhen\b|\bexam (date|time|schedule)|\bschedule\b|\bnext exam|\bexam\b/u;
const EN_FEES = /\bhow much\b|\bcosts?\b|\bfees?\b|\bprice\b/u;
const EN_REGISTER = /\bregist|\bsign up\b|\benrol|\bapply\b/u;
const EN_ORGANISATION =
	/\bwho (issues|runs|awards|gives|offers)\b|\bissued by\b|\bissuer\b|\borgani[sz]ation/u;
const EN_MAJOR = /\bstudent\b|\bstudying\b|\bstudy\b|\bmajor\b/u;
const EN_FIELD =
	/\bwhat certificates\b|\bany certificates\b|\bwhich certificates\b/u;
const EN_FAQ: [RegExp, string][] = [
	[/\bwhat is (the )?1\+?x\b|\bwhat does 1\+?x mean/u, "什么是1+X"],
	[/\bvalid|\bexpire/u, "有效期"],
	[/\bresults?\b|\bscores?\b/u, "成绩怎么查"],
	[/\bhow many certificates/u, "有多少个X证书"],
];

/** English when the Latin text holds a common English word, not only pinyin syllables. */
export function isEnglish(text: string): boolean {
	return (
		!/\p{Script=Han}/u.test(text) &&
		/\b(the|is|are|do|does|you|what|when|who|which|how|certificates?|cert|exam|tell|about|for|there|i|i'm|im|can|have|any|anything|please)\b/u.test(
			text,
		)
	);
}

function levelOf(text: string): MajorLevel | undefined {
	if (/中职|中专/u.test(text)) return "中等职业教育";
	if (/专科|高职|大专/u.test(text)) return "高等职业教育专科";
	if (/本科/u.test(text)) return "高等职业教育本科";
	return undefined;
}

/** Reads every cue of a normalised question at once (each test is one regular expression). */
export function findCues(text: string): Cues {
	if (isEnglish(text)) {
		const faq = EN_FEES.test(text)
			? "费用"
			: EN_REGISTER.test(text)
				? "报名"
				: EN_FAQ.find(([re]) => re.test(text))?.[1];
		return {
			exam: EN_EXAM.test(text),
			fees: EN_FEES.test(text),
			register: EN_REGISTER.test(text),
			organisation: EN_ORGANISATION.test(text),
			major: EN_MAJOR.test(text),
			whatToTake: false,
			field: EN_FIELD.test(text),
			policy: faq !== undefined,
			english: true,
			...(faq ? { faqWord: faq } : {}),
		};
	}
	const level = levelOf(text);
	const register = REGISTER.test(text);
	const policyQuery = register
		? "X证书怎么报名"
		: POLICY_QUERIES.find(([re]) => re.test(text))?.[1];
	return {
		exam: EXAM.test(text),
		fees: FEES.test(text),
		register,
		organisation: ORGANISATION.test(text),
		major: MAJOR.test(text),
		whatToTake: WHAT_TO_TAKE.test(text),
		field: FIELD.test(text),
		policy: POLICY.test(text),
		...(policyQuery ? { policyQuery } : {}),
		english: false,
		...(level ? { level } : {}),
	};
}
