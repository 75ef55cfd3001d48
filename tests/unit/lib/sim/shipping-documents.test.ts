import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	DOCUMENT_STAGES,
	exportLicenseDrawdown,
	INCOTERMS_2020,
	requiredDocuments,
	SHIPPING_DOCUMENT_IDS,
	shipmentReadiness,
	type ShipmentProfile
} from '../../../../src/lib/sim/shipping-documents';

const DOMESTIC: ShipmentProfile = {
	crossesBorder: false,
	exportControlled: false,
	hazardous: false,
	preferenceClaimed: false,
	letterOfCredit: false,
	ediShipNotice: true
};

// Lesson 13's worked example: Harlow Valve Works exports 40 controlled ball valves and 12 cans
// of a flammable sealant, FCA Harlow's plant (Incoterms 2020), preference claimed, by EDI;
// the license on file has 60 valves left.
const HARLOW: ShipmentProfile = {
	crossesBorder: true,
	exportControlled: true,
	hazardous: true,
	preferenceClaimed: true,
	letterOfCredit: false,
	ediShipNotice: true,
	incoterm: 'FCA',
	license: { quantity: 40, balance: 60 }
};

const ids = (p: ShipmentProfile) => requiredDocuments(p).documents.map((d) => d.id);

describe('requiredDocuments', () => {
	it('lists the lesson’s domestic table: packing list, bill of lading, invoice, advance ship notice', () => {
		expect(ids(DOMESTIC)).toEqual([
			'packing-list',
			'bill-of-lading',
			'invoice',
			'advance-ship-notice'
		]);
		expect(ids({ ...DOMESTIC, ediShipNotice: false })).toEqual([
			'packing-list',
			'bill-of-lading',
			'invoice'
		]);
	});

	it('lists the Harlow export: screening, classification, license, dangerous goods, customs documents', () => {
		const list = requiredDocuments(HARLOW);
		expect(list.documents.map((d) => d.id)).toEqual([
			'denied-party-screening',
			'export-classification',
			'export-license',
			'safety-data-sheet',
			'dangerous-goods-declaration',
			'hazard-labels',
			'packing-list',
			'bill-of-lading',
			'commercial-invoice',
			'hs-codes',
			'certificate-of-origin',
			'export-declaration',
			'import-declaration',
			'advance-ship-notice'
		]);
		// Step 3: 60 valves on the license, 40 ship, 20 remain.
		expect(list.license).toEqual({
			quantity: 40,
			balance: 60,
			covered: true,
			remaining: 20,
			shortfall: 0
		});
		// Step 7: under FCA the seller clears export and the buyer clears import.
		const by = (id: string) => list.documents.find((d) => d.id === id)!.issuedBy;
		expect(by('export-declaration')).toMatch(/^Seller/);
		expect(by('import-declaration')).toMatch(/^Buyer/);
	});

	it('follows Incoterms 2020: the buyer clears export only under EXW, the seller import only under DDP', () => {
		for (const incoterm of INCOTERMS_2020) {
			const list = requiredDocuments({ ...HARLOW, incoterm });
			const by = (id: string) => list.documents.find((d) => d.id === id)!.issuedBy;
			expect(by('export-declaration').startsWith('Buyer')).toBe(incoterm === 'EXW');
			expect(by('import-declaration').startsWith('Seller')).toBe(incoterm === 'DDP');
		}
	});

	it('needs no export license for a controlled item that stays in the country, and says why', () => {
		const list = requiredDocuments({ ...DOMESTIC, exportControlled: true });
		expect(list.documents.map((d) => d.id)).not.toContain('export-license');
		expect(list.notes).toEqual([expect.stringMatching(/no export license/)]);
	});

	it('adds the dangerous goods papers to a domestic hazardous shipment, and the negotiable bill under a letter of credit', () => {
		const list = requiredDocuments({ ...DOMESTIC, hazardous: true, letterOfCredit: true });
		expect(list.documents.map((d) => d.id)).toEqual([
			'safety-data-sheet',
			'dangerous-goods-declaration',
			'hazard-labels',
			'packing-list',
			'bill-of-lading',
			'invoice',
			'advance-ship-notice'
		]);
		const bill = list.documents.find((d) => d.id === 'bill-of-lading')!;
		expect(bill.name).toMatch(/negotiable originals/);
		expect(bill.ifMissing.stage).toBe('payment');
	});

	it('refuses a profile that cannot be', () => {
		expect(() => requiredDocuments({ ...HARLOW, incoterm: undefined })).toThrow(/Incoterms/);
		expect(() =>
			requiredDocuments({ ...HARLOW, incoterm: 'FOT' as unknown as ShipmentProfile['incoterm'] })
		).toThrow(/Incoterms/);
		expect(() => requiredDocuments({ ...DOMESTIC, preferenceClaimed: true })).toThrow(
			/cross a border/
		);
		expect(() => requiredDocuments({ ...DOMESTIC, license: { quantity: 1, balance: 1 } })).toThrow(
			/export-controlled export/
		);
		expect(() => requiredDocuments({ ...HARLOW, license: { quantity: 0, balance: 60 } })).toThrow(
			/greater than 0/
		);
		expect(() => requiredDocuments({ ...HARLOW, license: { quantity: 40, balance: -1 } })).toThrow(
			/negative/
		);
	});
});

describe('exportLicenseDrawdown', () => {
	it('draws 40 from 60 (lesson 13, step 3) and finds 10 short when 70 are ordered', () => {
		expect(exportLicenseDrawdown(40, 60)).toMatchObject({ covered: true, remaining: 20 });
		expect(exportLicenseDrawdown(60, 60)).toMatchObject({ covered: true, remaining: 0 });
		expect(exportLicenseDrawdown(70, 60)).toMatchObject({
			covered: false,
			remaining: 0,
			shortfall: 10
		});
		expect(() => exportLicenseDrawdown(2.5, 60)).toThrow(/whole number/);
	});

	it('never loses a unit: remaining + quantity = balance when covered, balance + shortfall = quantity when not', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 10_000 }), fc.nat(10_000), (q, b) => {
				const d = exportLicenseDrawdown(q, b);
				if (d.covered) expect(d.remaining + q).toBe(b);
				else expect(b + d.shortfall).toBe(q);
			})
		);
	});
});

describe('shipmentReadiness', () => {
	it('releases the Harlow export with everything on file', () => {
		const r = shipmentReadiness(HARLOW, []);
		expect(r.ready).toBe(true);
		expect(r.problems).toEqual([]);
		expect(r.firstStop).toBeNull();
	});

	it('holds the container at import customs when the commercial invoice is missing (lesson 13)', () => {
		const r = shipmentReadiness(HARLOW, ['commercial-invoice']);
		expect(r.ready).toBe(false);
		expect(r.firstStop?.stage).toBe('import-customs');
		expect(r.firstStop?.problems[0].what).toMatch(/demurrage/);
	});

	it('stops at the earliest stage: a missing license outranks a missing invoice and ship notice', () => {
		const r = shipmentReadiness(HARLOW, [
			'advance-ship-notice',
			'commercial-invoice',
			'export-license'
		]);
		expect(r.problems.map((p) => p.stage)).toEqual(['release', 'import-customs', 'receiving']);
		expect(r.firstStop).toMatchObject({ stage: 'release', problems: [{ id: 'export-license' }] });
	});

	it('treats a license balance short of the order as a hold before release', () => {
		const r = shipmentReadiness({ ...HARLOW, license: { quantity: 70, balance: 60 } }, []);
		expect(r.ready).toBe(false);
		expect(r.firstStop?.stage).toBe('release');
		expect(r.firstStop?.problems[0].what).toMatch(/release 60 at most.*other 10/);
	});

	it('ignores ticks for documents the shipment does not need, and refuses ids that are no document', () => {
		const r = shipmentReadiness(DOMESTIC, ['commercial-invoice', 'export-license']);
		expect(r.ready).toBe(true);
		expect(() => shipmentReadiness(DOMESTIC, ['passport' as unknown as 'invoice'])).toThrow(
			/not a shipping document/
		);
	});

	it('for any profile and any missing set: problems are the missing required items, in stage order', () => {
		const profile = fc.record({
			crossesBorder: fc.boolean(),
			exportControlled: fc.boolean(),
			hazardous: fc.boolean(),
			preferenceClaimed: fc.boolean(),
			letterOfCredit: fc.boolean(),
			ediShipNotice: fc.boolean(),
			incoterm: fc.constantFrom(...INCOTERMS_2020)
		});
		fc.assert(
			fc.property(profile, fc.subarray([...SHIPPING_DOCUMENT_IDS]), (p, missing) => {
				const shipment = { ...p, preferenceClaimed: p.crossesBorder && p.preferenceClaimed };
				const r = shipmentReadiness(shipment, missing);
				const required = r.checklist.documents.map((d) => d.id);
				expect(new Set(required).size).toBe(required.length);
				expect(r.problems.map((x) => x.id).sort()).toEqual(
					required.filter((id) => missing.includes(id)).sort()
				);
				const ranks = r.problems.map((x) => DOCUMENT_STAGES.indexOf(x.stage));
				expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
				expect(r.ready).toBe(r.problems.length === 0);
			})
		);
	});
});
