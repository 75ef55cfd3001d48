import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SiteNav from '../../../../src/lib/components/SiteNav.svelte';
import { SECTIONS } from '../../../../src/lib/navigation';

describe('SiteNav', () => {
	it('offers every section as a link inside the main navigation landmark', () => {
		render(SiteNav, { links: SECTIONS, pathname: '/' });
		const nav = screen.getByRole('navigation', { name: 'Main' });
		const links = screen.getAllByRole('link');
		expect(nav).toContainElement(links[0]);
		expect(links.map((l) => l.textContent)).toEqual(['Learn', 'Practice', 'Quiz', 'Class']);
		expect(screen.getByRole('link', { name: 'Quiz' })).toHaveAttribute('href', '/quiz');
	});

	it('tells assistive technology which section the reader is in, and only that one', () => {
		render(SiteNav, { links: SECTIONS, pathname: '/learn/order-to-cash' });
		expect(screen.getByRole('link', { name: 'Learn' })).toHaveAttribute('aria-current', 'page');
		for (const name of ['Practice', 'Quiz', 'Class']) {
			expect(screen.getByRole('link', { name })).not.toHaveAttribute('aria-current');
		}
	});
});
