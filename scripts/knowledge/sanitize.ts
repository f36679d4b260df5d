const HIJACKED = /劫持|hijack/i;

/**
 * Hosts known to have been taken over although no research row says so; each is named in
 * ../shared/data/AUDIT.md. Their pages are not cited, and links to them are removed.
 */
export const KNOWN_HIJACKED_HOSTS: ReadonlySet<string> = new Set([
	"3232186.cn",
]);

export function isHijackedUrl(url: string): boolean {
	try {
		return KNOWN_HIJACKED_HOSTS.has(new URL(url).hostname);
	} catch {
		return false;
	}
}

/** Hosts of sources marked as taken over, gathered from every file before any is written. */
export function hijackedHosts(values: readonly unknown[]): Set<string> {
	const hosts = new Set<string>(KNOWN_HIJACKED_HOSTS);
	const visit = (v: unknown): void => {
		if (Array.isArray(v)) v.forEach(visit);
		else if (v !== null && typeof v === "object") {
			const o = v as Record<string, unknown>;
			if (
				typeof o.url === "string" &&
				HIJACKED.test(`${String(o.title ?? "")} ${String(o.note ?? "")}`)
			)
				hosts.add(new URL(o.url).hostname);
			Object.values(o).forEach(visit);
		}
	};
	values.forEach(visit);
	return hosts;
}

/**
 * Some archived school pages now sit on domains taken over by spam or gambling sites. Their
 * facts stay (with low trust), but the bot must never send a student there: every link to
 * such a host is dropped, in `url` fields and in notes alike.
 */
export function withoutHijackedLinks(
	value: unknown,
	hosts: ReadonlySet<string>,
): unknown {
	if (Array.isArray(value))
		return value.map((v) => withoutHijackedLinks(v, hosts));
	if (typeof value === "string")
		return value.replace(/https?:\/\/[^\s；;，,）)]+/g, (url) =>
			hosts.has(new URL(url).hostname)
				? `（已失效的站点 ${new URL(url).hostname}）`
				: url,
		);
	if (value === null || typeof value !== "object") return value;
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(value))
		out[k] = k === "url" ? v : withoutHijackedLinks(v, hosts);
	if (typeof out.url === "string" && hosts.has(new URL(out.url).hostname)) {
		out.note =
			`${String(out.note ?? "")}；原页面所在域名已被劫持，不提供链接（${new URL(out.url).hostname}）`.replace(
				/^；/,
				"",
			);
		delete out.url;
		out.trust = "low";
	}
	return out;
}
