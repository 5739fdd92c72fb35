import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// Two cores: more workers only thrash. E2E tests spawn their own processes.
		maxWorkers: 2,
		// Ink decides at import that CI means "no live terminal" and then writes only the last frame; the
		// tests that drive the real render path need the live one (the app itself does the same, see commands/app.ts).
		env: {CI: 'false'},
	},
});
