/**
 * The documents and checks a shipment needs before it leaves, and what happens when one is
 * missing: who stops the shipment, where, and with what consequence.
 *
 * Rules (lesson 13, "Documentation and compliance"): four questions set the list. Every
 * shipment needs a packing list, a bill of lading and a bill for the customer (plus the EDI
 * 856 advance ship notice for a customer that trades by EDI). Crossing a border replaces the
 * invoice with the commercial invoice (with an HS code on every line) and adds denied-party
 * screening, export control classification, the export declaration and the import declaration;
 * a claimed trade-agreement preference adds a certificate of origin. An item on an export control
 * list adds the export license (for an export only: a controlled item that stays in the country
 * needs none). Hazardous materials add the safety data sheet, the dangerous goods declaration and
 * the package marks and labels. A letter of credit makes the bill of lading a full set of
 * negotiable originals, the document of title the bank pays against.
 *
 * Incoterms 2020 allocate clearance, not paperwork: the seller clears export under every rule
 * except EXW, and the buyer clears import under every rule except DDP.
 *
 * A shipment is stopped at the earliest stage where something is missing: before release (the
 * desk and compliance), at pickup (the carrier), leaving the country (export customs), at the
 * border (import customs), at the customer's dock, at payment.
 */
import { nonNegative, positive, wholeNumber } from './arguments';
import {
	ADVANCE_SHIP_NOTICE,
	billOfLading,
	CERTIFICATE_OF_ORIGIN,
	clearanceFilings,
	CUSTOMS_INVOICE,
	DANGEROUS_GOODS_PAPERS,
	DOCUMENT_STAGES,
	EXPORT_CHECKS,
	EXPORT_LICENSE,
	INCOTERMS_2020,
	INVOICE,
	packingList,
	SHIPPING_DOCUMENT_IDS,
	type DocumentStage,
	type Incoterm,
	type RequiredDocument,
	type ShippingDocumentId
} from './shipping-document-catalog';

export { DOCUMENT_STAGES, INCOTERMS_2020, SHIPPING_DOCUMENT_IDS };
export type { DocumentStage, Incoterm, RequiredDocument, ShippingDocumentId };

export type ShipmentProfile = {
	/** The goods cross a border: an export. */
	crossesBorder: boolean;
	/** The item is on an export control list and needs a license to this destination. */
	exportControlled: boolean;
	/** Hazardous materials (dangerous goods) are in the shipment. */
	hazardous: boolean;
	/** The buyer claims a trade-agreement (preferential) duty rate. Exports only. */
	preferenceClaimed: boolean;
	/** Payment under a letter of credit: the bank pays against negotiable bills of lading. */
	letterOfCredit: boolean;
	/** The customer trades by EDI and expects an 856 advance ship notice. */
	ediShipNotice: boolean;
	/** The Incoterms 2020 rule of the sale; required for an export. */
	incoterm?: Incoterm;
	/**
	 * For a controlled export: the units this order ships under the license and the units the
	 * license has left. Optional; without it the balance is not checked.
	 */
	license?: { quantity: number; balance: number };
};

export type DocumentChecklist = {
	documents: RequiredDocument[];
	/** Remarks on the profile, such as why a controlled item needs no license here. */
	notes: string[];
	/** The license drawdown for a controlled export with quantities; null otherwise. */
	license: LicenseDrawdown | null;
};

export type LicenseDrawdown = {
	quantity: number;
	balance: number;
	/** Whether the balance covers this order. */
	covered: boolean;
	/** Units left on the license after this order (0 when it does not cover it). */
	remaining: number;
	/** Units the license cannot cover. */
	shortfall: number;
};

export type ShipmentProblem = {
	id: ShippingDocumentId;
	name: string;
	stage: DocumentStage;
	stoppedBy: string;
	what: string;
};

export type ShipmentReadiness = {
	checklist: DocumentChecklist;
	/** Every missing document or failed check, earliest stage first. */
	problems: ShipmentProblem[];
	/** The stage where the shipment stops first, and what stops it there; null when ready. */
	firstStop: { stage: DocumentStage; problems: ShipmentProblem[] } | null;
	/** True when nothing is missing and the license (if any) covers the order. */
	ready: boolean;
};

/**
 * The documents and checks `shipment` needs, in the order a desk works them: export checks,
 * dangerous goods, then the shipping and customs documents. Throws a RangeError when an export
 * has no Incoterms rule or an unknown one, when a preference is claimed on a domestic shipment,
 * or when license quantities are given for anything but a controlled export or are not whole,
 * non-negative numbers (the order's quantity must be positive).
 */
export function requiredDocuments(shipment: ShipmentProfile): DocumentChecklist {
	const { crossesBorder, exportControlled, hazardous, incoterm } = shipment;
	if (crossesBorder) {
		if (incoterm === undefined || !INCOTERMS_2020.includes(incoterm)) {
			throw new RangeError(
				`an export needs an Incoterms 2020 rule (${INCOTERMS_2020.join(', ')}), got ${String(incoterm)}`
			);
		}
	} else if (shipment.preferenceClaimed) {
		throw new RangeError(
			'a trade-agreement preference applies only to goods that cross a border, not to a domestic shipment'
		);
	}
	let license: LicenseDrawdown | null = null;
	if (shipment.license) {
		if (!crossesBorder || !exportControlled) {
			throw new RangeError('license quantities apply only to an export-controlled export');
		}
		license = exportLicenseDrawdown(shipment.license.quantity, shipment.license.balance);
	}

	const notes: string[] = [];
	if (!crossesBorder && exportControlled) {
		notes.push(
			'The item is export-controlled, but this shipment stays in the country: no export license is needed for it.'
		);
	}
	const documents: RequiredDocument[] = [
		...(crossesBorder ? EXPORT_CHECKS : []),
		...(crossesBorder && exportControlled ? [EXPORT_LICENSE] : []),
		...(hazardous ? DANGEROUS_GOODS_PAPERS : []),
		packingList(crossesBorder),
		billOfLading(shipment.letterOfCredit),
		...(crossesBorder && incoterm !== undefined
			? [
					...CUSTOMS_INVOICE,
					...(shipment.preferenceClaimed ? [CERTIFICATE_OF_ORIGIN] : []),
					...clearanceFilings(incoterm)
				]
			: [INVOICE]),
		...(shipment.ediShipNotice ? [ADVANCE_SHIP_NOTICE] : [])
	];
	return { documents, notes, license };
}

/**
 * What an export license has left after this order: covered when quantity <= balance; then
 * remaining = balance - quantity, else the shortfall = quantity - balance must wait for an
 * amended or new license. Whole units; the quantity must be positive.
 */
export function exportLicenseDrawdown(quantity: number, balance: number): LicenseDrawdown {
	positive('license.quantity', wholeNumber('license.quantity', quantity));
	nonNegative('license.balance', wholeNumber('license.balance', balance));
	const covered = quantity <= balance;
	return {
		quantity,
		balance,
		covered,
		remaining: covered ? balance - quantity : 0,
		shortfall: covered ? 0 : quantity - balance
	};
}

/**
 * Whether `shipment` can go with the documents in `missing` absent, and if not, where it stops
 * first and why. Ids the shipment does not need are ignored (a checklist can keep a learner's
 * ticks while the shipment changes); an id that is no document at all throws a RangeError. A
 * license whose balance does not cover the order counts as a problem before release.
 */
export function shipmentReadiness(
	shipment: ShipmentProfile,
	missing: readonly ShippingDocumentId[]
): ShipmentReadiness {
	for (const id of missing) {
		if (!SHIPPING_DOCUMENT_IDS.includes(id)) {
			throw new RangeError(`${String(id)} is not a shipping document or check`);
		}
	}
	const checklist = requiredDocuments(shipment);
	const problems: ShipmentProblem[] = checklist.documents
		.filter((d) => missing.includes(d.id))
		.map((d) => ({ id: d.id, name: d.name, ...d.ifMissing }));
	const license = checklist.license;
	if (license && !license.covered && !missing.includes('export-license')) {
		problems.push({
			id: 'export-license',
			name: 'Export license',
			stage: 'release',
			stoppedBy: 'Compliance',
			what: `The license has ${license.balance} units left and the order needs ${license.quantity}: release ${license.balance} at most, and hold the other ${license.shortfall} until the license is amended or a new one is granted.`
		});
	}
	const rank = (s: DocumentStage) => DOCUMENT_STAGES.indexOf(s);
	problems.sort((a, b) => rank(a.stage) - rank(b.stage));
	const first = problems[0]?.stage;
	return {
		checklist,
		problems,
		firstStop:
			first === undefined
				? null
				: { stage: first, problems: problems.filter((p) => p.stage === first) },
		ready: problems.length === 0
	};
}
