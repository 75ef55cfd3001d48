// Reads every content file from disk into the map buildContentIndex expects. Node only: used
// by `npm run content:check` and by the build's content check in vite.config.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFiles } from './validate.ts';

const CONTENT_FILE = /\.(md|ya?ml|json|csv)$/;

export function readContentFiles(root: string, contentDir = join(root, 'content')): ContentFiles {
	const files: ContentFiles = {};
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (CONTENT_FILE.test(name)) {
				const key = ['content', ...relative(contentDir, path).split(sep)].join('/');
				files[key] = readFileSync(path, 'utf8');
			}
		}
	};
	walk(contentDir);
	return files;
}
