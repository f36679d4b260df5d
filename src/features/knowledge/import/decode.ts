/** How the bytes of a CSV file were read. */
export type TextEncoding =
	| "utf-8"
	| "utf-8 (BOM)"
	| "gbk"
	| "utf-16le"
	| "utf-16be";

/**
 * Decodes a text file from Excel or an office system: UTF-8 with or without BOM, UTF-16 with
 * a BOM ("Unicode text"), or GBK (what Excel writes as "CSV" on Chinese Windows). Bytes that
 * are not valid UTF-8 are read as GB18030, which contains GBK; Node's full ICU provides it.
 */
export function decodeText(bytes: Uint8Array): {
	text: string;
	encoding: TextEncoding;
} {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return {
			text: new TextDecoder("utf-8").decode(bytes.subarray(3)),
			encoding: "utf-8 (BOM)",
		};
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return {
			text: new TextDecoder("utf-16le").decode(bytes.subarray(2)),
			encoding: "utf-16le",
		};
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return {
			text: new TextDecoder("utf-16be").decode(bytes.subarray(2)),
			encoding: "utf-16be",
		};
	try {
		return {
			text: new TextDecoder("utf-8", { fatal: true }).decode(bytes),
			encoding: "utf-8",
		};
	} catch {
		return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gbk" };
	}
}

/** True for the start of a ZIP container (XLSX), whatever the file is called. */
export function isZip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03;
}

/** True for the start of an old binary Excel file (.xls), which is not read. */
export function isOldExcel(bytes: Uint8Array): boolean {
	return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11;
}
