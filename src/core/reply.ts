/** A button or menu entry; pressing it runs `command` as if the user had typed it. */
export interface Choice {
	label: string;
	command: string;
}

export interface Field {
	label: string;
	value: string;
}

export type Block =
	| { type: "heading"; text: string }
	| { type: "text"; text: string }
	| { type: "fields"; fields: Field[] }
	| { type: "list"; items: string[]; ordered?: boolean }
	| {
			type: "progress";
			label: string;
			value: number;
			max: number;
			unit: string;
	  }
	| { type: "choices"; prompt?: string; choices: Choice[] }
	| {
			type: "file";
			name: string;
			mime: string;
			content: string;
			caption?: string;
	  };

/** What a command answers; adapters render it for their platform. */
export interface Reply {
	blocks: Block[];
	/** Personal content: Discord ephemeral, Telegram private chat. */
	private?: boolean;
	/** Set by the dispatcher for a `readOnly` command: asking again is safe. */
	readOnly?: boolean;
}

export const heading = (text: string): Block => ({ type: "heading", text });
export const text = (value: string): Block => ({ type: "text", text: value });
export const fields = (items: Field[]): Block => ({
	type: "fields",
	fields: items,
});
export const list = (items: string[], ordered = false): Block => ({
	type: "list",
	items,
	ordered,
});
export const choices = (items: Choice[], prompt?: string): Block =>
	prompt === undefined
		? { type: "choices", choices: items }
		: { type: "choices", prompt, choices: items };
export const progress = (
	label: string,
	value: number,
	max: number,
	unit: string,
): Block => ({ type: "progress", label, value, max, unit });
export const file = (
	name: string,
	mime: string,
	content: string,
	caption?: string,
): Block =>
	caption === undefined
		? { type: "file", name, mime, content }
		: { type: "file", name, mime, content, caption };

export function reply(
	blocks: Block[],
	options: { private?: boolean } = {},
): Reply {
	return options.private ? { blocks, private: true } : { blocks };
}

export function textReply(value: string): Reply {
	return { blocks: [text(value)] };
}
