/** Messages of the admin loop: 有用/没用 feedback and the review of weak answers. */
const zh = {
	"feedback.summary": "对回答点「有用」或「没用」",
	"feedback.arg_rating": "up（有用）或 down（没用）",
	"feedback.arg_topic": "回答的主题",
	"feedback.arg_question": "原来的问题",
	"feedback.useful": "👍 有用",
	"feedback.not_useful": "👎 没用",
	"feedback.thanks_useful": "谢谢反馈！",
	"feedback.thanks_not":
		"谢谢，已记录下来供老师改进。可以换个说法再问，或发送 /help 查看能问什么。",
	"unanswered.handled.summary": "把一组问题标记为已处理",
	"unanswered.handled.arg_id": "列表中 # 后面的编号",
	"unanswered.review_title": "需要改进的问题（{count} 组，最差的在前）",
	"unanswered.not_useful": "没用 {count}",
	"unanswered.no_answer": "未回答 {count}",
	"unanswered.guessed": "猜测 {count}（最高分 {score}）",
	"unanswered.shown": "显示：{shown}",
	"unanswered.last": "最近 {at} {user}",
	"unanswered.handle_button": "已处理 {n}",
	"unanswered.handle_prompt": "处理好后点一下，这组问题就不再列出：",
	"unanswered.handled.done": "已标记为处理：{count} 条。",
	"unanswered.handled.unknown":
		"没有编号为 {id} 的待处理问题（可能已处理过）。发送 /unanswered 查看当前列表。",
} as const;

const en: Record<keyof typeof zh, string> = {
	"feedback.summary": "Rate an answer useful or not useful",
	"feedback.arg_rating": "up (useful) or down (not useful)",
	"feedback.arg_topic": "What the answer was about",
	"feedback.arg_question": "The question asked",
	"feedback.useful": "👍 Useful",
	"feedback.not_useful": "👎 Not useful",
	"feedback.thanks_useful": "Thanks for the feedback!",
	"feedback.thanks_not":
		"Thanks, it has been recorded for the staff. Try asking another way, or send /help to see what you can ask.",
	"unanswered.handled.summary": "Mark a group of questions handled",
	"unanswered.handled.arg_id": "The id after # in the list",
	"unanswered.review_title":
		"Questions to improve ({count} groups, worst first)",
	"unanswered.not_useful": "not useful {count}",
	"unanswered.no_answer": "unanswered {count}",
	"unanswered.guessed": "guessed {count} (worst score {score})",
	"unanswered.shown": "shown: {shown}",
	"unanswered.last": "last {at} {user}",
	"unanswered.handle_button": "Handled {n}",
	"unanswered.handle_prompt": "Press when done; the group is no longer listed:",
	"unanswered.handled.done": "Marked handled: {count}.",
	"unanswered.handled.unknown":
		"No open question group with id {id} (perhaps handled already). Send /unanswered for the current list.",
};

export const adminLoop = { zh, en };
