/**
 * Documentation and compliance. Every shipment has a packing list and a bill of lading, made
 * by the warehouse and transport systems as it leaves. An international order also needs a
 * commercial invoice and a certificate of origin; an export-controlled item shipped abroad, an
 * export license; hazardous materials, a dangerous goods declaration and labels. The desk
 * prepares them with `order.document`. Missing or wrong export documents hold a shipment at
 * customs; a hazardous shipment without its declaration, or a controlled one without its
 * license, cannot leave at all. EDI customers exchange the standard X12 transaction sets.
 */
import type { WorldDraft } from './draft';
import { customerOf, itemOf, round2 } from './lookup';
import type { DocumentName, EdiSet, Order, World } from './types';

/** Made by the WMS and TMS as the shipment leaves: nothing for the desk to do. */
export const AUTOMATIC_DOCUMENTS: readonly DocumentName[] = ['packing-list', 'bill-of-lading'];
/** Days an export license takes to be granted. */
export const LICENSE_DAYS = 3;
/** Days customs holds a shipment whose export documents are missing or wrong. */
export const CUSTOMS_HOLD_DAYS = 4;
/** Preparing an order's documents, and applying for a license. */
export const DOCUMENT_COST = 10;
export const LICENSE_COST = 50;
/** Data errors that make documents prepared from the order wrong. */
export const DOCUMENT_ERRORS = new Set(['price-mismatch', 'bad-quantity', 'missing-ship-to']);

export const DOCUMENT_WORDS: Record<DocumentName, string> = {
	'packing-list': 'packing list',
	'bill-of-lading': 'bill of lading',
	'commercial-invoice': 'commercial invoice',
	'certificate-of-origin': 'certificate of origin',
	'export-license': 'export license',
	'dangerous-goods-declaration': 'dangerous goods declaration',
	'hazmat-labels': 'hazardous materials labels and marks'
};

/** Every document this order's shipments need, by the customer and the items. */
export function requiredDocuments(world: World, order: Order): DocumentName[] {
	const customer = customerOf(world, order.customerId);
	const items = order.lines.map((l) => itemOf(world, l.sku)).filter((i) => i !== undefined);
	const docs: DocumentName[] = [...AUTOMATIC_DOCUMENTS];
	if (customer.international) docs.push('commercial-invoice', 'certificate-of-origin');
	if (customer.international && items.some((i) => i.exportControlled)) docs.push('export-license');
	if (items.some((i) => i.hazmat)) docs.push('dangerous-goods-declaration', 'hazmat-labels');
	return docs;
}

/** The documents the desk still has to prepare. */
export function missingDocuments(world: World, order: Order): DocumentName[] {
	const prepared = new Set(order.documents?.prepared ?? []);
	return requiredDocuments(world, order).filter(
		(d) => !AUTOMATIC_DOCUMENTS.includes(d) && !prepared.has(d)
	);
}

/** Order states in which the desk may prepare documents: after validation, before release. */
export const DOCUMENTABLE = new Set(['validated', 'confirmed', 'allocated', 'shipped.partial']);

/** `order.document`: prepares what the order's shipments need. */
export function prepareDocuments(draft: WorldDraft, order: Order): string | null {
	if (!DOCUMENTABLE.has(order.state.fulfilment))
		return `${order.id} is ${order.state.fulfilment}: prepare documents after validation and before it is released to ship.`;
	const missing = missingDocuments(draft.base, order);
	if (!missing.length)
		return `${order.id} needs no documents beyond the packing list and bill of lading, which the warehouse prints: nothing to prepare.`;
	const accurate = !order.escaped.some((c) => DOCUMENT_ERRORS.has(c));
	const license = missing.includes('export-license') ? draft.day + LICENSE_DAYS : null;
	order.documents = {
		prepared: [...(order.documents?.prepared ?? []), ...missing],
		day: draft.day,
		accurate: (order.documents?.accurate ?? true) && accurate,
		licenseReadyDay: license ?? order.documents?.licenseReadyDay ?? null
	};
	order.costToServe = round2(order.costToServe + DOCUMENT_COST + (license ? LICENSE_COST : 0));
	order.timeline.push({
		day: draft.day,
		code: 'order.documented',
		text: `Prepared: ${missing.map((d) => DOCUMENT_WORDS[d]).join(', ')}${license ? `; the export license is granted on day ${license}` : ''}${accurate ? '' : '. They carry the order’s uncorrected error'}.`
	});
	return null;
}

/** Why the order cannot leave yet for lack of a document, or null when it can. */
export function shippingBlock(world: World, order: Order): string | null {
	const required = requiredDocuments(world, order);
	const prepared = new Set(order.documents?.prepared ?? []);
	if (
		required.includes('dangerous-goods-declaration') &&
		!prepared.has('dangerous-goods-declaration')
	)
		return `${order.id} carries hazardous materials: no carrier takes it without a dangerous goods declaration and labels. Prepare the documents first.`;
	if (required.includes('export-license')) {
		const ready = order.documents?.licenseReadyDay ?? null;
		if (!prepared.has('export-license') || ready === null)
			return `${order.id} has an export-controlled item for a foreign customer: apply for the export license (prepare the documents) first.`;
		if (ready > world.day)
			return `${order.id}'s export license is granted on day ${ready}: it cannot ship before then.`;
	}
	return null;
}

/** Will customs hold this order's shipment: export documents missing or wrong? */
export function customsHold(world: World, order: Order): boolean {
	if (!customerOf(world, order.customerId).international) return false;
	const prepared = new Set(order.documents?.prepared ?? []);
	const complete = prepared.has('commercial-invoice') && prepared.has('certificate-of-origin');
	return !complete || order.documents?.accurate === false;
}

/** Records an EDI transaction with an EDI customer (nothing for other channels). */
export function ediMessage(
	draft: WorldDraft,
	order: Order,
	set: EdiSet,
	text: string,
	accurate = true
): void {
	if (order.channel !== 'edi') return;
	order.edi = [...order.edi, { set, day: draft.day, accurate, text }];
}
