/** Runs once when the portal's server starts. */
export async function register() {
  // not a setting: Next.js replaces NEXT_RUNTIME at build time, which keeps the Node-only code below out of
  // the Edge bundle (the one environment read outside lib/env.ts; tests/portal/env.test.ts allows exactly this)
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // a bad setting stops the portal here, with every problem listed, instead of on a resident's page
  const { portalEnvOrExit } = await import('./lib/env');
  const env = portalEnvOrExit();
  // each visitor's own address, never a forged header, goes on to the gateway (lib/client-address.ts)
  const { installClientAddress } = await import('./lib/client-address');
  installClientAddress(env.TRUSTED_PROXIES);
}
