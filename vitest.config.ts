import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// Two cores: more workers only thrash. E2E tests spawn their own processes.
		maxWorkers: 2,
	},
});
