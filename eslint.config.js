import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The engine (src/lib/sim) is pure: it runs unchanged in the browser, on the server and in
 * the CLI, and the same seed must always give the same world. These rules keep out what
 * would break that: UI frameworks, app aliases, Node and browser APIs, clocks and
 * unseeded randomness.
 */
const SIM_FORBIDDEN_IMPORTS = [
	{ group: ['svelte', 'svelte/*'], message: 'The engine must not depend on Svelte.' },
	{
		group: ['@sveltejs/*', '$app/*', '$env/*'],
		message: 'The engine must not depend on SvelteKit.'
	},
	{ group: ['$lib', '$lib/*'], message: 'The engine imports only relative modules.' },
	{
		group: ['chart.js', 'chart.js/*'],
		message: 'Charts belong in src/lib/charts, not the engine.'
	},
	{
		group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'url', 'util'],
		message: 'The engine must not use Node APIs.'
	}
];
const SIM_FORBIDDEN_GLOBALS = [
	'window',
	'document',
	'navigator',
	'location',
	'history',
	'localStorage',
	'sessionStorage',
	'indexedDB',
	'fetch',
	'XMLHttpRequest',
	'EventSource',
	'WebSocket',
	'HTMLElement',
	'Element',
	'customElements',
	'requestAnimationFrame',
	'setTimeout',
	'setInterval',
	'queueMicrotask',
	'process',
	'Buffer',
	'require',
	'module',
	'__dirname',
	'__filename',
	'global'
].map((name) => ({
	name,
	message: `The engine is pure: no ${name} (pass what you need in as data).`
}));

export default defineConfig(
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'coverage/', 'data/']
	},
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript checks names itself (and knows the DOM and Node typings apart).
			'no-undef': 'off',
			// Order Desk is served at the root (no `paths.base`), so plain hrefs are correct and
			// wrapping every link in resolve() would add noise without protecting anything.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/lib/sim/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: SIM_FORBIDDEN_IMPORTS }],
			'no-restricted-globals': ['error', ...SIM_FORBIDDEN_GLOBALS],
			'no-restricted-properties': [
				'error',
				{ object: 'Math', property: 'random', message: 'Use the seeded generator in rng.ts.' },
				{ object: 'Date', property: 'now', message: 'Time is the world’s day counter, an input.' },
				{ object: 'performance', property: 'now', message: 'Time is an input to the engine.' }
			],
			'no-restricted-syntax': [
				'error',
				{
					selector: "NewExpression[callee.name='Date']",
					message: 'Time is an input to the engine.'
				}
			]
		}
	},
	{
		// Tests poke at untyped data on purpose (malformed scenarios, broken commands).
		files: ['tests/**/*.ts'],
		rules: {
			'@typescript-eslint/no-non-null-assertion': 'off',
			'@typescript-eslint/no-explicit-any': 'off'
		}
	}
);
