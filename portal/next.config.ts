import type { NextConfig } from 'next';
import path from 'node:path';

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // the monorepo root holds the lockfile; keep tracing inside it
  outputFileTracingRoot: path.join(__dirname, '..'),
  turbopack: { root: path.join(__dirname, '..') },
  experimental: { serverActions: { bodySizeLimit: '1mb' } },
};
export default config;
