/**
 * Intent routing for free-text questions in `ask`: which kind of answer the student wants,
 * decided by question words first and by what the indexes find second.
 */

import type {
	Certificate,
	FaqEntry,
	Hit,
	Intent,
	Major,
} from "../../core/knowledge-port.js";
import { normalize } from "./normalize.js";
import type { OrganisationGroup } from "./organisation-index.js";

export interface Searchers {
	certificates(query: string, limit: number): Hit<Certificate>[];
	majors(query: string, limit: number): Hit<Major>[];
	faq(query: string, limit: number): Hit<FaqEntry>[];
	organisations(query: string, limit: number): Hit<OrganisationGroup>[];
}

/** Policy topics answered by the FAQ, never by a certificate or major card. */
const POLICY =
	/企业实践|下企业|双师|学分银行|有效期|过期|费用|多少钱|收费|交钱|成绩|官网|平台|专业目录|几批|多少个|什么是1\+?x|什么是x|1\+?x(证书)?(制度)?是什么|x证书是什么|培训评价组织是什么|政策|文件|试点/u;
// Fees: the one FAQ answer holds every known fee, also when a certificate is named.
const FEES = /费用|多少钱|收费|交钱|价格|考试费|报名费/u;
const EXAM = /考试|报名|报考|什么时候|截止|时间|几月|几号|考期|开考|日期|缴费/u;
const ORGANISATION =
	/谁发|谁颁发|颁发|发证|哪个机构|哪家|什么机构|培训评价组织|评价组织/u;
const MAJOR =
	/专业|能考什么|能考哪些|可以考什么|可以考哪些|考什么证|考哪些证|适合考/u;
const OWNS = /的证书|有哪些证书|有什么证书|的x证书/u;

// Score limits (0 best): below these a hit is trusted enough to route on.
const SURE = 0.15;
const LIKELY = 0.4;

/**
 * Classifies a question. Policy words go to the FAQ; exam words plus a certificate to `exam`;
 * "who issues" to `organisation`; major words plus a major to `major`; otherwise the best
 * certificate, major or FAQ hit; `unknown` when nothing is close.
 */
export function classifyQuestion(question: string, search: Searchers): Intent {
	const text = normalize(question).slice(0, 200);
	if (!/[\p{L}\p{N}]/u.test(text)) return { kind: "unknown" };
	const fee = FEES.exec(text);
	if (fee) {
		const faq = search.faq(fee[0], 1)[0];
		if (faq && faq.score <= LIKELY) return { kind: "faq", faqId: faq.item.id };
	}
	const cert = search.certificates(text, 1)[0];
	const certSure = cert && cert.score <= LIKELY ? cert : undefined;

	if (
		POLICY.test(text) &&
		!(EXAM.test(text) && certSure && !/费用|多少钱|收费/u.test(text))
	) {
		const faq = search.faq(text, 1)[0];
		if (faq && faq.score <= 0.5) return { kind: "faq", faqId: faq.item.id };
	}
	if (EXAM.test(text) && certSure) {
		return { kind: "exam", certificateId: certSure.item.id };
	}
	if (ORGANISATION.test(text) || OWNS.test(text)) {
		const org = search.organisations(text, 1)[0];
		if (org && org.score <= SURE) {
			return { kind: "organisation", organisation: org.item.organisation };
		}
		if (ORGANISATION.test(text) && certSure) {
			// A joint listing names two organisations: the certificate card shows both.
			const [name, ...others] = certSure.item.organisations;
			return name === undefined || others.length > 0
				? { kind: "certificate", certificateId: certSure.item.id }
				: { kind: "organisation", organisation: name };
		}
	}
	// A bare organisation name (`华为`, `中慧`): certificates found only through their
	// organisation score from 0.1 up, a name hit below that.
	const org = search.organisations(text, 1)[0];
	if (org && org.score <= SURE && !(cert && cert.score < 0.1)) {
		return { kind: "organisation", organisation: org.item.organisation };
	}
	const major = search.majors(text, 1)[0];
	if (MAJOR.test(text) && major && major.score <= LIKELY) {
		return { kind: "major", majorCode: major.item.code };
	}
	if (cert && cert.score <= SURE && !(major && major.score < cert.score)) {
		return { kind: "certificate", certificateId: cert.item.id };
	}
	if (major && major.score <= SURE) {
		return { kind: "major", majorCode: major.item.code };
	}
	const faq = search.faq(text, 1)[0];
	if (faq && faq.score <= LIKELY) return { kind: "faq", faqId: faq.item.id };
	if (certSure) return { kind: "certificate", certificateId: certSure.item.id };
	return { kind: "unknown" };
}
