/**
 * Order validation: each check returns a finding with a reason code, the hold it calls for
 * and a sentence a customer service representative can act on.
 */
import { ORDER_FINDING_HOLDS } from './order-machine';
import { customerOf, customerPrice, itemOf, orderValue, round2 } from './lookup';
import type { Finding, FindingCode, Order, World } from './types';

/** Share of the credit limit from which a C-rated customer's orders go to credit review. */
export const C_RATING_REVIEW = 0.8;

/** A line this many times the customer's usual line quantity is abnormal demand. */
export const ABNORMAL_DEMAND_FACTOR = 3;

// One formatter for every message: toLocaleString builds a new one on each call.
const MONEY = new Intl.NumberFormat('en-US', {
	minimumFractionDigits: 2,
	maximumFractionDigits: 2
});
const money = (x: number) => MONEY.format(x);

function finding(code: FindingCode, message: string, line?: number): Finding {
	return line === undefined
		? { code, hold: ORDER_FINDING_HOLDS[code], message }
		: { code, hold: ORDER_FINDING_HOLDS[code], line, message };
}

/**
 * Credit exposure if this order were accepted: unpaid invoices and other validated orders not
 * yet invoiced, plus this order.
 */
export function creditExposure(
	world: World,
	order: Order,
	account: { receivables: number; uninvoiced: number }
) {
	return round2(account.receivables + account.uninvoiced + orderValue(order));
}

export function validateOrder(
	world: World,
	order: Order,
	account: { receivables: number; uninvoiced: number }
): Finding[] {
	const findings: Finding[] = [];
	const customer = customerOf(world, order.customerId);
	order.lines.forEach((line, i) => {
		const n = i + 1;
		const item = itemOf(world, line.sku);
		if (!item) {
			findings.push(
				finding(
					'unknown-sku',
					`Line ${n}: item "${line.sku}" is not in the catalog. Confirm the item code with the customer.`,
					n
				)
			);
			return;
		}
		if (line.qty <= 0 || line.qty % item.packMultiple !== 0) {
			findings.push(
				finding(
					'bad-quantity',
					`Line ${n}: ${line.qty} is not a multiple of the pack of ${item.packMultiple} for ${item.sku}. Confirm the quantity.`,
					n
				)
			);
		}
		const price = customerPrice(customer, item, line.qty);
		if (Math.abs(price - line.price) > 0.005) {
			findings.push(
				finding(
					'price-mismatch',
					`Line ${n}: quoted ${money(line.price)} but ${customer.contractPrices[item.sku] !== undefined ? `${customer.name}'s contract price is` : 'the price list says'} ${money(price)} for ${line.qty} of ${item.sku}. Correct the price before it reaches the invoice.`,
					n
				)
			);
		}
		if (
			line.qty > ABNORMAL_DEMAND_FACTOR * customer.averageLineQty &&
			!order.acknowledged.includes('abnormal-demand')
		) {
			findings.push(
				finding(
					'abnormal-demand',
					`Line ${n}: ${line.qty} units is more than ${ABNORMAL_DEMAND_FACTOR} times ${customer.name}'s usual ${customer.averageLineQty}. Confirm it is not a keying error before it consumes supply.`,
					n
				)
			);
		}
	});
	if (!order.shipTo) {
		findings.push(
			finding(
				'missing-ship-to',
				'The order has no ship-to address. Get it from the customer or the customer master record.'
			)
		);
	}
	const exposure = creditExposure(world, order, account);
	const limit = world.creditLimits[customer.id] ?? customer.creditLimit;
	// The CRM's credit rating matters too: a C-rated account is reviewed from 80 % of its limit.
	const watch = customer.creditRating === 'C' ? round2(limit * C_RATING_REVIEW) : limit;
	if (exposure > limit) {
		findings.push(
			finding(
				'over-credit-limit',
				`Accepting this order brings ${customer.name}'s exposure to ${money(exposure)}, over the credit limit of ${money(limit)}. Ask credit to review, or hold it.`
			)
		);
	} else if (exposure > watch) {
		findings.push(
			finding(
				'over-credit-limit',
				`Accepting this order brings ${customer.name}'s exposure to ${money(exposure)}, over ${C_RATING_REVIEW * 100} % of its ${money(limit)} limit; its C credit rating calls for a credit review first.`
			)
		);
	}
	return findings;
}
