/** Byte order mark: without it Excel on Windows reads UTF-8 CSV as GBK and garbles Chinese. */
export const BOM = "\uFEFF";

/**
 * One CSV cell per RFC 4180: quoted when it holds a comma, quote or line break. Text that
 * a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading `'`.
 */
export function csvCell(value: string | number | undefined): string {
	if (value === undefined) return "";
	if (typeof value === "number") return String(value);
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows → CSV text with BOM and CRLF line ends, as Excel expects. */
export function toCsv(
	rows: readonly (readonly (string | number | undefined)[])[],
): string {
	return `${BOM}${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
