import { z } from '@kendari/kit';

/**
 * JAKPA's own settings: parsed with the kit's settings in the one parse at start (every problem of both
 * listed together; `jakpa.env` in subgraph.ts), handed to setJakpaConfig.
 * JAKPA_CHANNEL_SECRETS: `channel:secret` pairs separated by commas, e.g.
 *   JAKPA_CHANNEL_SECRETS="bank-sultra:<32+ chars>,qris:<32+ chars>"
 * There is NO development default: a channel without a configured secret has its callbacks refused
 * (503), so an unconfigured `npm start` can never accept a forged payment.
 */
export const jakpaEnv = {
  JAKPA_CHANNEL_SECRETS: z
    .string()
    .default('')
    .transform((s, ctx) => {
      const out = new Map<string, string>();
      for (const pair of s
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)) {
        const i = pair.indexOf(':');
        const channel = i > 0 ? pair.slice(0, i).trim() : '';
        const secret = i > 0 ? pair.slice(i + 1).trim() : '';
        if (!/^[a-z0-9-]{2,30}$/.test(channel))
          ctx.addIssue({ code: 'custom', message: `"${channel || pair.slice(0, 10)}" is not a channel id (a-z, 0-9, -)` });
        else if (secret.length < 32) ctx.addIssue({ code: 'custom', message: `the secret of channel ${channel} must be at least 32 characters` });
        else out.set(channel, secret);
      }
      return out;
    }),
  /** How old (or how far in the future) a callback's timestamp may be. */
  JAKPA_CALLBACK_TOLERANCE_SECONDS: z.coerce.number().int().min(10).max(3600).default(300),
  /** Different NOPs one client may look up per window (looking one NOP up again is free). */
  JAKPA_LOOKUP_DISTINCT_NOPS: z.coerce.number().int().min(1).max(1_000_000).default(30),
  JAKPA_LOOKUP_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(3600),
};

export type JakpaConfig = z.infer<z.ZodObject<typeof jakpaEnv>>;

let current: JakpaConfig | null = null;

/** The settings given at start; before that (a test starting the subgraph in its process) the defaults: no channel secret. */
export function jakpaConfig(): JakpaConfig {
  return (current ??= z.object(jakpaEnv).parse({}));
}

/** At start (from the one parse), and in tests (e.g. channel secrets) without touching process.env. */
export function setJakpaConfig(patch: Partial<JakpaConfig>): void {
  current = { ...jakpaConfig(), ...patch };
}
