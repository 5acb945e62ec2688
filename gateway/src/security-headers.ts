/**
 * Security headers of every gateway answer. API answers are JSON (or a subgraph's file download):
 * nothing in them may run, be framed, or be sniffed into another type.
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * The playground page: its scripts and styles come from the gateway itself (no inline script; GraphiQL
 * sets inline styles, and its CSS embeds data: fonts and images), and it only talks to this origin.
 */
export const PLAYGROUND_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...API_SECURITY_HEADERS,
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};
