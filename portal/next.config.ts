import type { NextConfig } from 'next';
import path from 'node:path';

const config: NextConfig = {
  // NEXT_DIST_DIR lets a second build sit beside the default one (parallel development and tests)
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // the monorepo root holds the lockfile; keep tracing inside it
  outputFileTracingRoot: path.join(__dirname, '..'),
  turbopack: { root: path.join(__dirname, '..') },
  experimental: { serverActions: { bodySizeLimit: '1mb' } },
};
export default config;
