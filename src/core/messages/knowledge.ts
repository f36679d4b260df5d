/** Messages of the knowledge area. */
const zh = {};

const en: Record<keyof typeof zh, string> = {};

export const knowledge = { zh, en };
