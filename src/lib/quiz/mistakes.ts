/**
 * Scenario mistakes that become review cards: each is a lesson point the learner should
 * recall, tied to the section that explains it.
 */
export type MistakeNote = { topic: number; anchor: string; title: string; point: string };

export const MISTAKES: Record<string, MistakeNote> = {
	'escaped-price-mismatch': {
		topic: 3,
		anchor: 'what-validation-checks',
		title: 'A price error passed validation',
		point:
			'An order whose price differs from the price list or contract should be held for pricing and corrected at entry. Left alone, it reappears as an invoice the customer disputes, a deduction and late payment.'
	},
	'escaped-missing-ship-to': {
		topic: 3,
		anchor: 'what-validation-checks',
		title: 'An order shipped without a confirmed ship-to',
		point:
			'A missing or wrong ship-to is a data error to fix before release: the carrier cannot deliver on time, and the bill of lading is wrong, so the order fails both on time and documentation accuracy.'
	},
	'escaped-bad-quantity': {
		topic: 3,
		anchor: 'what-validation-checks',
		title: 'A quantity that breaks the pack size went through',
		point:
			'Quantities must respect the order multiple (pack size). Confirm the intended quantity with the customer rather than letting the warehouse repack or the packing list disagree with the order.'
	},
	'escaped-abnormal-demand': {
		topic: 3,
		anchor: 'what-validation-checks',
		title: 'Abnormal demand was accepted without a check',
		point:
			'An order far above the customer’s usual pattern may be a keying error or a one-off; confirm it before it consumes supply and distorts the forecast.'
	},
	'escaped-over-credit-limit': {
		topic: 3,
		anchor: 'what-validation-checks',
		title: 'A credit hold was released without review',
		point:
			'An order that takes a customer over its credit limit goes to credit review; releasing it by habit raises the risk of late or missing payment, which shows up in DSO and cash.'
	},
	'at-risk-promise': {
		topic: 4,
		anchor: 'worked-example',
		title: 'A date was promised earlier than ATP supported',
		point:
			'Promise from cumulative ATP with look-ahead: a date earlier than the schedule supports does not make supply arrive sooner, and the lateness counts against the original commit date even if you re-promise.'
	}
};
