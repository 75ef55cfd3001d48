import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { readContentFiles } from './src/lib/content/disk.ts';
import { buildContentIndex, formatErrors } from './src/lib/content/validate.ts';

/**
 * Fails the build at its start when any lesson, glossary term, scenario or quiz breaks a
 * rule, naming the file and field. ORDER_DESK_CONTENT_DIR points the check at another
 * folder (the tests use it on fixtures).
 */
function contentCheck(): Plugin {
	return {
		name: 'order-desk:content-check',
		apply: 'build',
		// The config hook runs before any other plugin touches the output folders, so a content
		// error stops the build with nothing half-written.
		config() {
			const dir = process.env.ORDER_DESK_CONTENT_DIR;
			const index = buildContentIndex(
				readContentFiles(process.cwd(), dir ? resolve(dir) : undefined)
			);
			if (index.errors.length) {
				throw new Error(
					`Content has ${index.errors.length} error(s):\n${formatErrors(index.errors)}`
				);
			}
		}
	};
}

export default defineConfig({
	plugins: [contentCheck(), sveltekit()],
	// Pre-bundle the heavy client libraries so the dev server does not reload on first visit.
	optimizeDeps: { include: ['xstate', 'chart.js'] },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				// Without `module`, some packages resolve a second copy of Svelte in jsdom.
				resolve: { conditions: ['module', 'browser', 'development|production'] },
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['tests/component/setup.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.test.ts'],
					// One built server and one browser are shared by every e2e file.
					globalSetup: ['tests/e2e/global-setup.ts'],
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 300_000
				}
			}
		]
	}
});
