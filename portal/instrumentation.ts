/** Runs once when the portal's server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // each visitor's own address, never a forged header, goes on to the gateway (lib/client-address.ts)
  const { installClientAddress } = await import('./lib/client-address');
  installClientAddress();
}
