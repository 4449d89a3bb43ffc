/**
 * The two upload quotas' problems, worded once: the API starts a refused upload's problem with one
 * of these (app/add-attachment.ts), and the web app recognises it to say it in the reader's language.
 */
export const QUOTA_PROBLEMS = {
  org: "exceeds the organisation's storage quota",
  daily: 'exceeds the daily upload quota',
} as const;
export type QuotaKind = keyof typeof QUOTA_PROBLEMS;

/** Which quota a problem says is used up, or null. */
export function quotaOfProblem(problem: string): QuotaKind | null {
  const found = (Object.keys(QUOTA_PROBLEMS) as QuotaKind[]).find((k) =>
    problem.startsWith(QUOTA_PROBLEMS[k]),
  );
  return found ?? null;
}
