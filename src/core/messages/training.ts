/** Messages of the training area. */
const zh = {};

const en: Record<keyof typeof zh, string> = {};

export const training = { zh, en };
