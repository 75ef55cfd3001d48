/**
 * The shipping documents and compliance checks an order desk may need, each with who issues it
 * and what happens when it is missing: the catalogue `requiredDocuments` (shipping-documents.ts)
 * picks from. The wording follows lesson 13, "Documentation and compliance".
 */

export const INCOTERMS_2020 = [
	'EXW',
	'FCA',
	'CPT',
	'CIP',
	'DAP',
	'DPU',
	'DDP',
	'FAS',
	'FOB',
	'CFR',
	'CIF'
] as const;
export type Incoterm = (typeof INCOTERMS_2020)[number];

/** Where a missing document stops the shipment, earliest first. */
export const DOCUMENT_STAGES = [
	'release',
	'carrier',
	'export-customs',
	'import-customs',
	'receiving',
	'payment'
] as const;
export type DocumentStage = (typeof DOCUMENT_STAGES)[number];

export const SHIPPING_DOCUMENT_IDS = [
	'denied-party-screening',
	'export-classification',
	'export-license',
	'safety-data-sheet',
	'dangerous-goods-declaration',
	'hazard-labels',
	'packing-list',
	'bill-of-lading',
	'invoice',
	'commercial-invoice',
	'hs-codes',
	'certificate-of-origin',
	'export-declaration',
	'import-declaration',
	'advance-ship-notice'
] as const;
export type ShippingDocumentId = (typeof SHIPPING_DOCUMENT_IDS)[number];

export type RequiredDocument = {
	id: ShippingDocumentId;
	name: string;
	/** A document that travels or is filed, or a check someone must do and record. */
	kind: 'document' | 'check';
	issuedBy: string;
	/** Which of the four questions (or the customer's request) puts it on the list. */
	because: string;
	/** What happens when it is missing. */
	ifMissing: { stage: DocumentStage; stoppedBy: string; what: string };
};

const EVERY = 'Every shipment';
const EXPORT = 'Crosses a border';
const CONTROLLED = 'Export-controlled item';
const HAZARDOUS = 'Hazardous materials';

/** Checks every export passes before release. */
export const EXPORT_CHECKS: readonly RequiredDocument[] = [
	{
		id: 'denied-party-screening',
		name: 'Denied-party screening',
		kind: 'check',
		issuedBy: 'Seller’s compliance team, against the governments’ restricted-party lists',
		because: EXPORT,
		ifMissing: {
			stage: 'release',
			stoppedBy: 'Compliance',
			what: 'The order stays on hold: shipping to a listed buyer, consignee, end user or forwarder is a violation however the order arrived.'
		}
	},
	{
		id: 'export-classification',
		name: 'Export control classification (ECCN, or not listed)',
		kind: 'check',
		issuedBy: 'Seller, the exporter',
		because: EXPORT,
		ifMissing: {
			stage: 'release',
			stoppedBy: 'Compliance',
			what: 'The order stays on hold: without a classification nobody can tell whether a license is needed.'
		}
	}
];

export const EXPORT_LICENSE: RequiredDocument = {
	id: 'export-license',
	name: 'Export license',
	kind: 'document',
	issuedBy: 'The export control authority, on the exporter’s application',
	because: CONTROLLED,
	ifMissing: {
		stage: 'release',
		stoppedBy: 'Compliance',
		what: 'The goods must not leave: exporting a controlled item without its license is a violation (fines, seizure, loss of export privileges), even if nobody stops the truck.'
	}
};

/** What hazardous materials add: the data to classify them, the declaration, the labels. */
export const DANGEROUS_GOODS_PAPERS: readonly RequiredDocument[] = [
	{
		id: 'safety-data-sheet',
		name: 'Safety data sheet',
		kind: 'document',
		issuedBy: 'The material’s manufacturer',
		because: HAZARDOUS,
		ifMissing: {
			stage: 'release',
			stoppedBy: 'Dangerous goods staff',
			what: 'Nobody can classify the goods for transport (UN number, hazard class, packing group): the order waits until the sheet is on file.'
		}
	},
	{
		id: 'dangerous-goods-declaration',
		name: 'Dangerous goods declaration',
		kind: 'document',
		issuedBy: 'Shipper (trained staff)',
		because: HAZARDOUS,
		ifMissing: {
			stage: 'carrier',
			stoppedBy: 'Carrier',
			what: 'The carrier refuses the freight: dangerous goods travel only with the shipper’s declaration.'
		}
	},
	{
		id: 'hazard-labels',
		name: 'Hazard marks and labels on each package',
		kind: 'check',
		issuedBy: 'Shipper (trained staff)',
		because: HAZARDOUS,
		ifMissing: {
			stage: 'carrier',
			stoppedBy: 'Carrier',
			what: 'The carrier refuses packages that lack the hazard labels and marks their class requires.'
		}
	}
];

/** The packing list: customs relies on it abroad, the receiving dock at home. */
export function packingList(crossesBorder: boolean): RequiredDocument {
	return {
		id: 'packing-list',
		name: 'Packing list',
		kind: 'document',
		issuedBy: 'Shipper',
		because: EVERY,
		ifMissing: crossesBorder
			? {
					stage: 'import-customs',
					stoppedBy: 'Import customs',
					what: 'Customs cannot match the packages to the declaration: expect an examination and days of delay.'
				}
			: {
					stage: 'receiving',
					stoppedBy: 'Customer’s receiving team',
					what: 'The dock cannot check the delivery carton by carton: receipt slows and a shortage cannot be proven.'
				}
	};
}

/** The bill of lading; under a letter of credit, the negotiable originals the bank pays against. */
export function billOfLading(letterOfCredit: boolean): RequiredDocument {
	return letterOfCredit
		? {
				id: 'bill-of-lading',
				name: 'Bill of lading: full set of negotiable originals',
				kind: 'document',
				issuedBy: 'Carrier (often prepared by the shipper)',
				because: 'Letter of credit',
				ifMissing: {
					stage: 'payment',
					stoppedBy: 'Bank',
					what: 'The bank does not pay under the letter of credit, and without the endorsed originals nobody can claim the goods.'
				}
			}
		: {
				id: 'bill-of-lading',
				name: 'Bill of lading',
				kind: 'document',
				issuedBy: 'Carrier (often prepared by the shipper)',
				because: EVERY,
				ifMissing: {
					stage: 'carrier',
					stoppedBy: 'Carrier',
					what: 'No receipt for the goods and no contract of carriage: the freight does not move.'
				}
			};
}

/** The domestic bill for the customer. */
export const INVOICE: RequiredDocument = {
	id: 'invoice',
	name: 'Invoice',
	kind: 'document',
	issuedBy: 'Seller',
	because: EVERY,
	ifMissing: {
		stage: 'payment',
		stoppedBy: 'Customer’s accounts payable',
		what: 'Nothing to pay against: the customer cannot match a bill to the receipt, so the cash waits.'
	}
};

/** What customs values and classifies the goods from. */
export const CUSTOMS_INVOICE: readonly RequiredDocument[] = [
	{
		id: 'commercial-invoice',
		name: 'Commercial invoice',
		kind: 'document',
		issuedBy: 'Seller',
		because: EXPORT,
		ifMissing: {
			stage: 'import-customs',
			stoppedBy: 'Import customs',
			what: 'Customs cannot value the goods, so it holds them: storage and demurrage accrue once free time runs out, and the customer waits.'
		}
	},
	{
		id: 'hs-codes',
		name: 'HS code and precise description on each invoice line',
		kind: 'check',
		issuedBy: 'Seller, checked by the importer’s customs broker',
		because: EXPORT,
		ifMissing: {
			stage: 'import-customs',
			stoppedBy: 'Import customs',
			what: 'The broker cannot classify the lines: customs holds the container for examination, and demurrage starts when free time ends.'
		}
	}
];

export const CERTIFICATE_OF_ORIGIN: RequiredDocument = {
	id: 'certificate-of-origin',
	name: 'Certificate of origin',
	kind: 'document',
	issuedBy: 'Exporter, or a chamber or authority where the agreement asks',
	because: 'Preference claimed',
	ifMissing: {
		stage: 'import-customs',
		stoppedBy: 'Import customs',
		what: 'No proof of origin: customs refuses the preference and charges duty at the general rate.'
	}
};

/**
 * The two clearance filings, and who makes them under `incoterm` (Incoterms 2020): the seller
 * clears export under every rule but EXW, the buyer clears import under every rule but DDP.
 */
export function clearanceFilings(incoterm: Incoterm): RequiredDocument[] {
	return [
		{
			id: 'export-declaration',
			name: 'Export declaration',
			kind: 'document',
			issuedBy:
				incoterm === 'EXW'
					? 'Buyer or its forwarder (EXW: the buyer clears export)'
					: `Seller or its forwarder (${incoterm}: the seller clears export)`,
			because: EXPORT,
			ifMissing: {
				stage: 'export-customs',
				stoppedBy: 'Export customs',
				what: 'The goods are not cleared to leave the country, and a late or missing filing can bring penalties.'
			}
		},
		{
			id: 'import-declaration',
			name: 'Import declaration (customs entry)',
			kind: 'document',
			issuedBy:
				incoterm === 'DDP'
					? 'Seller or its customs broker (DDP: the seller clears import)'
					: `Buyer or its customs broker (${incoterm}: the buyer clears import)`,
			because: EXPORT,
			ifMissing: {
				stage: 'import-customs',
				stoppedBy: 'Import customs',
				what: 'Nothing is declared: the goods wait at the border until the importer files, with storage and demurrage mounting.'
			}
		}
	];
}

export const ADVANCE_SHIP_NOTICE: RequiredDocument = {
	id: 'advance-ship-notice',
	name: 'Advance ship notice (EDI 856)',
	kind: 'document',
	issuedBy: 'Shipper, by EDI',
	because: 'Customer trades by EDI',
	ifMissing: {
		stage: 'receiving',
		stoppedBy: 'Customer’s receiving team',
		what: 'Receipt turns manual, the stock stays invisible to the customer’s planning, and a vendor-compliance chargeback may follow.'
	}
};
