import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import rehypeSlug from 'rehype-slug';
import rehypeScrollTables from './src/lib/content/rehype-scroll-tables.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		vitePreprocess(),
		mdsvex({ extensions: ['.md'], rehypePlugins: [rehypeSlug, rehypeScrollTables] })
	],
	compilerOptions: {
		// mdsvex emits legacy-mode components (`$$props` in layouts), so Markdown compiles in
		// legacy mode; our own components and anything else are runes-only.
		runes: ({ filename }) =>
			filename.endsWith('.md') || filename.includes('node_modules') ? undefined : true
	},
	kit: {
		adapter: adapter({ precompress: true }),
		// A content security policy for every page: scripts only from this origin (with hashes
		// for SvelteKit's own inline boot script), no plugins, no framing.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
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
