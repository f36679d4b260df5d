/** Messages of the discord adapter. */
const zh = {};

const en: Record<keyof typeof zh, string> = {};

export const discord = { zh, en };
