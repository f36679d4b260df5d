/** Messages of the exams area. */
const zh = {};

const en: Record<keyof typeof zh, string> = {};

export const exams = { zh, en };
