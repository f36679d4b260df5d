/** Teachers' training records and progress against policy. */
export type TrainingService = {};
