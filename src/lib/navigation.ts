/** The product's top-level sections, in the order the navigation shows them. */
export const SECTIONS = [
	{ href: '/learn', label: 'Learn', blurb: 'Twenty lessons on customer order management.' },
	{
		href: '/play',
		label: 'Practice',
		blurb: 'Run a simulated order desk and watch the KPIs move.'
	},
	{
		href: '/quiz',
		label: 'Quiz',
		blurb: 'Test yourself on each topic and review what you missed.'
	},
	{ href: '/class', label: 'Class', blurb: 'Live exercises paced by an instructor.' }
] as const;

export type Section = (typeof SECTIONS)[number];

/**
 * Whether a navigation link names the section the reader is in: the section's own page or
 * any page below it (`/learn/order-to-cash` is in Learn), but not a sibling that merely
 * shares a prefix (`/classroom` is not in `/class`).
 */
export function isCurrentSection(pathname: string, href: string): boolean {
	if (href === '/') return pathname === '/';
	return pathname === href || pathname.startsWith(href + '/');
}
