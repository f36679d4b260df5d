import {
	createHmac,
	randomBytes,
	randomInt,
	timingSafeEqual,
} from "node:crypto";

/** No 0/O, 1/I/L: a code read aloud or copied from a screen is typed right. */
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const LENGTH = 10;

/** A fresh code of 10 characters (about 49 bits) with at least one letter and one digit. */
export function generateCode(): string {
	for (;;) {
		let code = "";
		for (let i = 0; i < LENGTH; i++)
			code += ALPHABET[randomInt(ALPHABET.length)];
		if (/[A-Z]/.test(code) && /\d/.test(code)) return code;
	}
}

export function newSalt(): string {
	return randomBytes(16).toString("hex");
}

/** What a typed code is compared as: NFKC (full-width letters), trimmed, upper case for generated codes. */
export function normalizeCode(code: string): string {
	return code.normalize("NFKC").trim();
}

export function hashCode(code: string, salt: string): string {
	return createHmac("sha256", salt)
		.update(normalizeCode(code).toUpperCase())
		.digest("hex");
}

/** Constant time, so the code cannot be found from response timing. */
export function sameText(a: string, b: string): boolean {
	const x = Buffer.from(a);
	const y = Buffer.from(b);
	return x.length === y.length && timingSafeEqual(x, y);
}
