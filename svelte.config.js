import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'] })],
	compilerOptions: {
		// mdsvex emits legacy-mode components (`$$props` in layouts), so Markdown compiles in
		// legacy mode; our own components and anything else are runes-only.
		runes: ({ filename }) =>
			filename.endsWith('.md') || filename.includes('node_modules') ? undefined : true
	},
	kit: {
		adapter: adapter({ precompress: true }),
		alias: {
			$content: 'content'
		}
	}
};

export default config;
