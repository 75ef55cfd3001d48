import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import rehypeSlug from 'rehype-slug';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'], rehypePlugins: [rehypeSlug] })],
	compilerOptions: {
		// mdsvex emits legacy-mode components (`$$props` in layouts), so Markdown compiles in
		// legacy mode; our own components and anything else are runes-only.
		runes: ({ filename }) =>
			filename.endsWith('.md') || filename.includes('node_modules') ? undefined : true
	},
	kit: {
		adapter: adapter({ precompress: true }),
		prerender: {
			// A glossary or lesson route has no pages while its content folder is empty.
			handleUnseenRoutes: 'warn'
		},
		alias: {
			$content: 'content'
		}
	}
};

export default config;
