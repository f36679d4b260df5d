/** Messages of the telegram adapter. */
const zh = {};

const en: Record<keyof typeof zh, string> = {};

export const telegram = { zh, en };
