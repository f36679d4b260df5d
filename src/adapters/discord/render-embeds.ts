import type { APIEmbed, APIEmbedField } from "discord.js";
import type { Locale, Translate } from "../../core/i18n.js";
import {
	formatNumber,
	progressBar,
	punctuationOf,
	renderBlockText,
} from "../../core/render-text.js";
import type { Block } from "../../core/reply.js";
import { escapeMarkdown } from "./escape.js";
import { embedLength, LIMITS, splitText, truncate } from "./limits.js";

/** The bot's accent colour, so its cards are recognisable in a busy channel. */
const COLOR = 0x2f6fb5;
/** Values this short sit side by side; longer ones get a full line. */
const INLINE_MAX = 24;

/**
 * Builds embeds block by block. A heading starts a new embed; text goes to the description;
 * fields and progress bars become embed fields. A new embed starts whenever one would break a
 * limit, so every embed is valid on its own and at most 6,000 characters.
 */
export class EmbedBuilderState {
	readonly embeds: APIEmbed[] = [];
	private current: APIEmbed | undefined;

	constructor(
		private readonly t: Translate,
		private readonly locale: Locale = "zh-CN",
	) {}

	heading(text: string): void {
		this.flush();
		this.current = {
			color: COLOR,
			title: truncate(text.trim() || "…", LIMITS.embedTitle),
		};
	}

	text(text: string): void {
		for (const piece of splitText(text, LIMITS.embedDescription)) {
			let embed = this.open();
			const joined = embed.description
				? `${embed.description}\n\n${piece}`
				: piece;
			// Text after fields would show above them, so it opens the next embed.
			if (
				(embed.fields?.length ?? 0) > 0 ||
				joined.length > LIMITS.embedDescription ||
				embedLength(embed) - (embed.description?.length ?? 0) + joined.length >
					LIMITS.embedTotal
			) {
				this.flush();
				embed = this.open();
				embed.description = piece;
			} else embed.description = joined;
		}
	}

	field(label: string, value: string): void {
		const name = truncate(label.trim() || "—", LIMITS.fieldName);
		const pieces = splitText(value, LIMITS.fieldValue);
		if (pieces.length === 0) pieces.push("—");
		pieces.forEach((piece, i) => {
			const f: APIEmbedField = {
				name:
					i === 0
						? name
						: truncate(
								`${name} ${this.t("discord.continued")}`,
								LIMITS.fieldName,
							),
				value: piece,
				inline: piece.length <= INLINE_MAX && name.length <= INLINE_MAX,
			};
			let embed = this.open();
			if (
				(embed.fields?.length ?? 0) >= LIMITS.embedFields ||
				embedLength(embed) + f.name.length + f.value.length > LIMITS.embedTotal
			) {
				this.flush();
				embed = this.open();
			}
			embed.fields = [...(embed.fields ?? []), f];
		});
	}

	block(block: Block): void {
		switch (block.type) {
			case "heading":
				this.heading(block.text);
				return;
			case "fields":
				for (const f of block.fields) this.field(f.label, f.value);
				return;
			case "progress": {
				const p = punctuationOf(this.locale);
				this.field(
					block.label,
					// The unit is escaped already; the renderer's own brackets are escaped here.
					`${progressBar(block.value, block.max)}${escapeMarkdown(p.parenOpen)}${formatNumber(block.value)}/${formatNumber(block.max)} ${block.unit}${escapeMarkdown(p.parenClose)}`,
				);
				return;
			}
			case "choices":
				if (block.prompt) this.text(block.prompt);
				return;
			case "file":
				if (block.caption) this.text(`📎 ${block.name} — ${block.caption}`);
				return;
			default:
				this.text(renderBlockText(block, this.locale));
		}
	}

	/** All embeds built so far, the last one included. */
	finish(): APIEmbed[] {
		this.flush();
		return this.embeds;
	}

	private open(): APIEmbed {
		this.current ??= { color: COLOR };
		return this.current;
	}

	private flush(): void {
		const e = this.current;
		if (e && (e.title || e.description || e.fields?.length))
			this.embeds.push(e);
		this.current = undefined;
	}
}
