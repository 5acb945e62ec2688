import { defineConfig } from 'vitest/config';
import { kitVitestConfig } from './vitest.shared';

export default defineConfig(kitVitestConfig());
