/**
 * Lesson 6's worked example as the terms calculator's defaults: the BV-200 ball valve's price
 * breaks ($48.00 for 1 to 99, $44.00 for 100 to 249, $41.00 from 250), a distributor's order of
 * 240, an all-units list, and terms of 2/10 net 30 paid on day 10.
 */
import type { PriceBreakMethod } from '$lib/sim';

export const BV200_BREAKS = [
	{ fromQty: 1, unitPrice: 48 },
	{ fromQty: 100, unitPrice: 44 },
	{ fromQty: 250, unitPrice: 41 }
] as const;

export const DEFAULT_QTY = 240;

/** The maker's list is all-units, so the distributor is told to take 250. */
export const LIST_METHOD: PriceBreakMethod = 'all-units';

export const METHODS: readonly { id: PriceBreakMethod; label: string }[] = [
	{ id: 'all-units', label: 'All-units' },
	{ id: 'incremental', label: 'Incremental' }
];

/** 2/10 net 30, with the discount as a percentage as a learner types it. */
export const DEFAULT_TERMS = { discountPercent: 2, discountDays: 10, netDays: 30 };

export const DEFAULT_PAYMENT_DAY = 10;

export const MAX_QTY = 1_000_000;
export const MAX_PRICE = 1_000_000;
/** Days of credit or payment a learner may type. */
export const MAX_DAYS = 365;
/** The largest cash discount a learner may type, in percent. */
export const MAX_DISCOUNT_PERCENT = 50;
