/**
 * Sending an emergency report (Fire Button). A report lost on the way (gateway or Fire Button briefly down,
 * a dropped connection) is sent again with the SAME idempotency key, so the fire brigade gets one report
 * however many attempts reach it. Relative imports only: tests run this module against a real HTTP server.
 */
import { graphql } from '../graphql/generated';
import type { ReportEmergencyInput } from '../graphql/generated/graphql';
import { gql, GqlError, type ResultOf } from './graphql';

export const ReportEmergency = graphql(`
  mutation ReportEmergency($input: ReportEmergencyInput!) {
    reportEmergency(input: $input) {
      assignment
      replayed
      report {
        id
        trackingCode
      }
    }
  }
`);

/** Answers worth another try: nothing was decided (no answer, or the service said it is unavailable). */
export const retryable = (err: unknown) => err instanceof GqlError && (err.code === 'SERVICE_UNAVAILABLE' || err.code === 'UNAVAILABLE');

export type RetryPolicy = {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Wait before the 2nd, 3rd, ... attempt. */
  delaysMs: number[];
  /** No attempt starts after this long since the first (a resident is waiting, maybe in danger). */
  budgetMs: number;
};

/** 3 tries with 2 s of waiting between them (8 s per try at most, none started after 12 s), then the resident is told to call 113. */
export const EMERGENCY_RETRY: RetryPolicy = { attempts: 3, delaysMs: [500, 1500], budgetMs: 12_000 };

/** Runs `attempt` until it succeeds, fails for a reason a retry cannot fix, or the policy runs out. */
export async function withRetry<T>(
  attempt: (n: number) => Promise<T>,
  policy: RetryPolicy,
  sleep = (ms: number) => new Promise((r) => setTimeout(r, ms)),
): Promise<T> {
  const started = Date.now();
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (err) {
      const wait = policy.delaysMs[n - 1] ?? policy.delaysMs.at(-1) ?? 0;
      if (!retryable(err) || n >= policy.attempts || Date.now() - started + wait > policy.budgetMs) throw err;
      await sleep(wait);
    }
  }
}

export type EmergencyResult = ResultOf<typeof ReportEmergency>['reportEmergency'];

/**
 * Reports an emergency, retrying lost attempts with the input's idempotency key (required here: without it a
 * retry could file a second report). A session that stopped working sends the report anonymously: an
 * emergency never waits for a login.
 */
export async function reportEmergency(
  input: ReportEmergencyInput & { idempotencyKey: string },
  token: string | null,
  policy: RetryPolicy = EMERGENCY_RETRY,
): Promise<EmergencyResult> {
  const send = (t: string | null) => gql(ReportEmergency, { input }, { token: t, timeoutMs: 8000 });
  let asCitizen = token;
  return withRetry(async () => {
    try {
      return (await send(asCitizen)).reportEmergency;
    } catch (err) {
      if (asCitizen && err instanceof GqlError && err.code === 'UNAUTHENTICATED') {
        asCitizen = null;
        return (await send(null)).reportEmergency;
      }
      throw err;
    }
  }, policy);
}
