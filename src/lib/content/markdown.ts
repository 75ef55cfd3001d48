// Reading lesson Markdown as text: frontmatter, headings for the table of contents, prose
// word counts and glossary links. Heading ids use github-slugger, the same algorithm as the
// rehype-slug plugin that gives the rendered headings their ids, so links always match.
import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';
import type { TocEntry } from './types.ts';

export type SplitSource = { data: unknown; body: string } | { error: string };

/** Separates YAML frontmatter (between `---` lines at the top) from the body. */
export function splitFrontmatter(source: string): SplitSource {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
	if (!match) return { error: 'the file must start with frontmatter between --- lines' };
	try {
		return { data: parse(match[1]) ?? {}, body: source.slice(match[0].length) };
	} catch (error) {
		return { error: `the frontmatter is not valid YAML: ${(error as Error).message}` };
	}
}

/** Markdown inline syntax reduced to its visible text. */
export function inlineText(markdown: string): string {
	return markdown
		.replace(/`([^`]*)`/g, '$1')
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]+>/g, '')
		.replace(/[*_~]/g, '')
		.replace(/&[a-z]+;/g, ' ')
		.trim();
}

/** The body without code, script and style blocks, HTML comments and tables. */
function proseLines(body: string): string[] {
	const cleaned = body
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/```[\s\S]*?```/g, '');
	return cleaned.split('\n').filter((line) => !/^\s*\|/.test(line));
}

/** Words of prose: paragraphs, lists, headings and disclosure text; not tables or code. */
export function countProseWords(body: string): number {
	const text = proseLines(body)
		.map((line) => inlineText(line.replace(/^\s*(#{1,6}\s+|[-*+]\s+|\d+\.\s+|>\s?)/, '')))
		.join(' ');
	return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/** Level 2 and 3 headings with the ids rehype-slug gives them. */
export function tableOfContents(body: string): TocEntry[] {
	const slugger = new GithubSlugger();
	const toc: TocEntry[] = [];
	for (const line of proseLines(body)) {
		const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
		if (!match) continue;
		const text = inlineText(match[2]);
		const id = slugger.slug(text);
		const level = match[1].length;
		if (level === 2 || level === 3) toc.push({ id, text, level });
	}
	return toc;
}

/** Glossary ids linked from the body as /glossary/<id>. */
export function glossaryLinks(body: string): string[] {
	const ids = [...body.matchAll(/\]\(\/glossary\/([^)#?\s]+)/g)].map((m) => m[1]);
	return [...new Set(ids)];
}

/** Markdown reduced to plain text paragraphs, for definitions shown outside their page. */
export function plainText(markdown: string): string {
	return proseLines(markdown)
		.map((line) => inlineText(line))
		.join('\n')
		.replace(/\n{2,}/g, '\n\n')
		.trim();
}

/** Minutes to read `words` at a steady 220 words a minute, at least one. */
export function readingMinutes(words: number): number {
	return Math.max(1, Math.round(words / 220));
}
