/**
 * The DocumentChecklist widget's starting shipment (lesson 13's worked example), the words it
 * uses for stages and Incoterms rules, and the profile it hands `shipmentReadiness`. The rules
 * themselves live in `$lib/sim/shipping-documents`.
 */
import type {
	DocumentStage,
	Incoterm,
	ShipmentProfile,
	ShipmentReadiness
} from '$lib/sim/shipping-documents';

export type Destination = 'domestic' | 'export';

export type ShipmentEntries = {
	destination: Destination;
	exportControlled: boolean;
	hazardous: boolean;
	preferenceClaimed: boolean;
	letterOfCredit: boolean;
	ediShipNotice: boolean;
	incoterm: Incoterm;
	/** Units under the license on this order, and units left on it; null while a field is wrong. */
	licenseQuantity: number | null;
	licenseBalance: number | null;
};

/**
 * Harlow Valve Works' export: 40 controlled ball valves (60 left on the license) and a
 * flammable sealant, FCA Harlow's plant, trade-agreement preference claimed, ordered by EDI.
 */
export const HARLOW_EXPORT: ShipmentEntries = {
	destination: 'export',
	exportControlled: true,
	hazardous: true,
	preferenceClaimed: true,
	letterOfCredit: false,
	ediShipNotice: true,
	incoterm: 'FCA',
	licenseQuantity: 40,
	licenseBalance: 60
};

export const LICENSE_LIMITS = {
	quantity: { min: 1, max: 99_999 },
	balance: { max: 99_999 }
};

export const DESTINATIONS: readonly { id: Destination; label: string }[] = [
	{ id: 'domestic', label: 'Domestic: stays in the country' },
	{ id: 'export', label: 'Export: crosses a border' }
];

export const INCOTERM_NAMES: Record<Incoterm, string> = {
	EXW: 'EXW Ex Works',
	FCA: 'FCA Free Carrier',
	CPT: 'CPT Carriage Paid To',
	CIP: 'CIP Carriage and Insurance Paid To',
	DAP: 'DAP Delivered at Place',
	DPU: 'DPU Delivered at Place Unloaded',
	DDP: 'DDP Delivered Duty Paid',
	FAS: 'FAS Free Alongside Ship (sea only)',
	FOB: 'FOB Free on Board (sea only)',
	CFR: 'CFR Cost and Freight (sea only)',
	CIF: 'CIF Cost, Insurance and Freight (sea only)'
};

/** Where a shipment stops, as the end of "The shipment stops ...". */
export const STAGE_NAMES: Record<DocumentStage, string> = {
	release: 'before release',
	carrier: 'at pickup',
	'export-customs': 'on leaving the country',
	'import-customs': 'at the border',
	receiving: 'at the customer’s dock',
	payment: 'at payment'
};

/** Whether the entries show the license fields: a controlled item going abroad. */
export const licenseApplies = (e: ShipmentEntries) =>
	e.destination === 'export' && e.exportControlled;

/**
 * The profile for the engine. Export-only answers (preference, Incoterms rule, license) are
 * left out of a domestic shipment, so switching to domestic and back keeps the learner's
 * choices; license quantities are left out while a field is wrong.
 */
export function shipmentProfile(e: ShipmentEntries): ShipmentProfile {
	const exporting = e.destination === 'export';
	const license =
		licenseApplies(e) && e.licenseQuantity !== null && e.licenseBalance !== null
			? { quantity: e.licenseQuantity, balance: e.licenseBalance }
			: undefined;
	return {
		crossesBorder: exporting,
		exportControlled: e.exportControlled,
		hazardous: e.hazardous,
		preferenceClaimed: exporting && e.preferenceClaimed,
		letterOfCredit: e.letterOfCredit,
		ediShipNotice: e.ediShipNotice,
		incoterm: exporting ? e.incoterm : undefined,
		license
	};
}

/** "An export of an export-controlled, hazardous item", "A domestic shipment". */
export function shipmentName(p: ShipmentProfile): string {
	const traits = [p.exportControlled ? 'export-controlled' : '', p.hazardous ? 'hazardous' : ''];
	const named = traits.filter(Boolean);
	const base = p.crossesBorder ? 'An export' : 'A domestic shipment';
	if (!named.length) return base;
	return `${base} of ${p.exportControlled ? 'an' : 'a'} ${named.join(', ')} item`;
}

/** The widget's one-paragraph reading of the readiness: ready, or where it stops first. */
export function readinessReading(r: ShipmentReadiness, profile: ShipmentProfile): string {
	const { license } = r.checklist;
	if (!r.firstStop) {
		const keeps = license
			? ` The license covers the ${license.quantity} units and keeps ${license.remaining} for later orders.`
			: '';
		return `${shipmentName(profile)}: ${r.checklist.documents.length} documents and checks, all on file. The shipment can be released.${keeps}`;
	}
	const stop = r.firstStop;
	const what = stop.problems.map((p) => `${p.name} (${p.stoppedBy}): ${p.what}`).join(' ');
	const later = r.problems.filter((p) => p.stage !== stop.stage);
	const more = later.length
		? ` ${later.length === 1 ? 'One more problem' : `${later.length} more problems`} would stop it later: ${later.map((p) => p.name).join('; ')}.`
		: '';
	return `The shipment stops ${STAGE_NAMES[stop.stage]}. ${what}${more}`;
}
