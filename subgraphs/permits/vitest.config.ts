import { defineConfig } from 'vitest/config';
import { kitVitestConfig } from '../kit/vitest.shared';

export default defineConfig(kitVitestConfig());
