/** Messages of the platform area. */
const zh = {};

const en: Record<keyof typeof zh, string> = {};

export const platform = { zh, en };
