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

/** A random salt per generated code, so equal codes never hash alike. */
export function newSalt(): string {
	return randomBytes(16).toString("hex");
}

/** What a typed code is compared as: NFKC (full-width letters become ASCII), trimmed. */
export function normalizeCode(code: string): string {
	return code.normalize("NFKC").trim();
}

/** The stored form of a generated code; case-insensitive, since generated codes are upper case. */
export function hashCode(code: string, salt: string): string {
	return createHmac("sha256", salt)
		.update(normalizeCode(code).toUpperCase())
		.digest("hex");
}

/** A key of this process only: digests of equal length, so comparing them shows no length either. */
const compareKey = randomBytes(32);

/** Constant time whatever the lengths, so neither the code nor its length shows in response timing. */
export function sameText(a: string, b: string): boolean {
	const digest = (s: string) =>
		createHmac("sha256", compareKey).update(s).digest();
	return timingSafeEqual(digest(a), digest(b));
}
