/**
 * The steps of the order-to-cash cycle as the lesson's diagram shows them: what happens at
 * each, the documents and systems involved, and the usual failures. The cycle runs from the
 * customer's purchase order to cash applied against the invoice; delivery sits inside it,
 * which is why O2C is longer than SCOR's order fulfillment cycle time.
 */
export type OrderToCashStep = {
	id: string;
	name: string;
	happens: string;
	documents: string[];
	systems: string[];
	goesWrong: string[];
};

export const ORDER_TO_CASH_STEPS: readonly OrderToCashStep[] = [
	{
		id: 'entry',
		name: 'Order entry',
		happens:
			'The customer’s purchase order arrives by EDI, portal, phone or email and becomes a sales order: items, quantities, prices, ship-to and requested date are checked against the item master, the price list and the customer master.',
		documents: ['Customer purchase order (EDI 850)', 'Sales order'],
		systems: ['Order management system or ERP', 'EDI translator', 'Customer portal'],
		goesWrong: [
			'A superseded part number or the wrong unit of measure is keyed in',
			'The same order arrives twice, by email and by phone, and is entered twice',
			'The ship-to address is missing or out of date'
		]
	},
	{
		id: 'credit',
		name: 'Credit check',
		happens:
			'Credit management compares the customer’s exposure (open receivables, orders not yet invoiced and this order) with the credit limit, and releases the order or places it on credit hold.',
		documents: ['Credit hold notice', 'Credit limit approval'],
		systems: ['ERP credit management', 'Accounts receivable ledger'],
		goesWrong: [
			'An order sits on hold for days and nobody tells the customer',
			'A limit is overridden without the approval the policy requires',
			'Exposure is judged on yesterday’s receivables after a large payment arrived'
		]
	},
	{
		id: 'promise',
		name: 'Order promising',
		happens:
			'The desk commits a date from available-to-promise, or from capable-to-promise when the item must be made, adds handling and transit, and acknowledges the order with that commit date.',
		documents: ['Order acknowledgment (EDI 855)'],
		systems: ['ERP or APS available-to-promise', 'Master production schedule'],
		goesWrong: [
			'A date is quoted from on-hand stock that other orders already hold',
			'A ship date is given to the customer as if it were the delivery date',
			'Capacity is promised twice to two different customers'
		]
	},
	{
		id: 'release',
		name: 'Allocation and release',
		happens:
			'Stock at a chosen node is reserved for the order’s lines and the order is released to the warehouse as work to do, in waves or one by one.',
		documents: ['Warehouse release', 'Pick list'],
		systems: ['Order management system', 'Warehouse management system'],
		goesWrong: [
			'The record shows stock that is not in the bin (poor inventory record accuracy)',
			'The order is released to a node far from the customer when a nearer one had stock'
		]
	},
	{
		id: 'pick',
		name: 'Picking',
		happens:
			'Warehouse staff or automation take the reserved quantities from their locations, confirming item, lot and quantity by scan.',
		documents: ['Pick list or pick ticket'],
		systems: ['Warehouse management system', 'Handheld scanners'],
		goesWrong: [
			'A similar item or the wrong lot is picked',
			'A short pick is not reported, so the order ships incomplete without anyone knowing'
		]
	},
	{
		id: 'pack',
		name: 'Packing',
		happens:
			'Goods are checked against the order, packed to protect them in transit, weighed and labelled; hazardous goods get their marks and declaration.',
		documents: ['Packing list', 'Shipping labels', 'Dangerous goods declaration where needed'],
		systems: ['Warehouse management system', 'Manifesting and label printing'],
		goesWrong: [
			'Poor packing lets the goods arrive damaged',
			'The packing list does not match what is in the carton'
		]
	},
	{
		id: 'ship',
		name: 'Shipping',
		happens:
			'The carrier collects the shipment against a bill of lading; the customer receives an advance ship notice so it can plan its receiving dock.',
		documents: [
			'Bill of lading',
			'Advance ship notice (EDI 856)',
			'Export documents for international orders'
		],
		systems: ['Transportation management system', 'Carrier systems'],
		goesWrong: [
			'The shipment misses the carrier’s cut-off and leaves a day late',
			'The advance ship notice lists cartons or quantities that are not on the truck'
		]
	},
	{
		id: 'invoice',
		name: 'Invoicing',
		happens:
			'Billing turns the shipped quantities into an invoice at the agreed price and payment terms, usually on the day of shipment, while the goods are still on the road.',
		documents: ['Invoice (EDI 810)'],
		systems: ['ERP billing', 'Accounts receivable'],
		goesWrong: [
			'The invoiced price differs from the customer’s purchase order, so payment stops',
			'The invoice bills what was ordered rather than what was shipped',
			'Invoices go out days after shipment, and so does the cash'
		]
	},
	{
		id: 'deliver',
		name: 'Delivery',
		happens:
			'The carrier hands the goods over at the ship-to address, and the consignee signs for them, noting any shortage or damage.',
		documents: ['Proof of delivery'],
		systems: ['Carrier tracking', 'Transportation management system'],
		goesWrong: [
			'The goods arrive after the commit date or damaged',
			'No proof of delivery can be produced when the customer later disputes receipt'
		]
	},
	{
		id: 'cash',
		name: 'Collection and cash application',
		happens:
			'The customer pays by the terms; the payment and its remittance advice are matched to open invoices, deductions are researched, and overdue accounts are followed up.',
		documents: [
			'Remittance advice (EDI 820)',
			'Customer statement',
			'Credit memo for agreed claims'
		],
		systems: ['Accounts receivable', 'Bank lockbox or payment platform'],
		goesWrong: [
			'Cash arrives but cannot be matched, so the invoice still looks unpaid',
			'The customer deducts for a shortage and nobody has the proof to answer it',
			'A pricing dispute holds the whole invoice long past its due date'
		]
	}
];
