import type { NextConfig } from 'next';
import path from 'node:path';
import { portalEnv } from './lib/env';

const env = portalEnv();

// Next.js inlines small scripts and styles (hydration data, next/font), so 'unsafe-inline' stays for those two;
// everything else comes from this origin only, and no other site may frame the portal (clickjacking).
const dev = env.NODE_ENV !== 'production';
const CSP = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  // map tiles (leaflet) may come from OpenStreetMap's tile servers
  "img-src 'self' data: blob: https://*.tile.openstreetmap.org",
  "font-src 'self'",
  `connect-src 'self'${dev ? ' ws:' : ''}`,
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: CSP },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'geolocation=(self), camera=(), microphone=()' },
];

const config: NextConfig = {
  // NEXT_DIST_DIR lets a second build sit beside the default one (parallel development and tests)
  distDir: env.NEXT_DIST_DIR,
  poweredByHeader: false,
  reactStrictMode: true,
  // the monorepo root holds the lockfile; keep tracing inside it
  outputFileTracingRoot: path.join(__dirname, '..'),
  turbopack: { root: path.join(__dirname, '..') },
  // turbopackImportTypeBytes: /pengembang embeds schema/public.graphql and CHANGELOG.md at build time (components/open-data/embedded.ts)
  experimental: { serverActions: { bodySizeLimit: '1mb' }, turbopackImportTypeBytes: true },
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};
export default config;
