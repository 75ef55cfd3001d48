/**
 * The return (RMA: return material or return merchandise authorization) lifecycle. The
 * world screens a request as it arrives; the desk authorizes or denies it; the goods come
 * back, are inspected and given a disposition; a credit memo settles it financially.
 */
import { setup } from 'xstate';
import type { Disposition } from './types';

export type ReturnEvent =
	| { type: 'return.screen' }
	| { type: 'return.authorise' }
	| { type: 'return.deny' }
	| { type: 'return.receive' }
	| { type: 'return.inspect' }
	| { type: 'return.dispose'; disposition: Disposition }
	| { type: 'return.credit' }
	| { type: 'return.close' };

const disposedAs =
	(d: Disposition) =>
	({ event }: { event: ReturnEvent }) =>
		event.type === 'return.dispose' && event.disposition === d;

export const returnMachine = setup({
	types: { events: {} as ReturnEvent },
	guards: {
		restock: disposedAs('restock'),
		refurbish: disposedAs('refurbish'),
		returnToVendor: disposedAs('return-to-vendor'),
		liquidate: disposedAs('liquidate'),
		recycle: disposedAs('recycle'),
		scrap: disposedAs('scrap')
	}
}).createMachine({
	id: 'return',
	initial: 'requested',
	states: {
		requested: { on: { 'return.screen': 'screened' } },
		screened: { on: { 'return.authorise': 'authorised', 'return.deny': 'denied' } },
		authorised: { on: { 'return.receive': 'received' } },
		received: { on: { 'return.inspect': 'inspected' } },
		inspected: {
			on: {
				'return.dispose': [
					{ guard: 'restock', target: 'dispositioned.restock' },
					{ guard: 'refurbish', target: 'dispositioned.refurbish' },
					{ guard: 'returnToVendor', target: 'dispositioned.returnToVendor' },
					{ guard: 'liquidate', target: 'dispositioned.liquidate' },
					{ guard: 'recycle', target: 'dispositioned.recycle' },
					{ guard: 'scrap', target: 'dispositioned.scrap' }
				]
			}
		},
		dispositioned: {
			initial: 'restock',
			states: {
				restock: {},
				refurbish: {},
				returnToVendor: {},
				liquidate: {},
				recycle: {},
				scrap: {}
			},
			on: { 'return.credit': 'credited' }
		},
		credited: { on: { 'return.close': 'closed' } },
		closed: { type: 'final' },
		denied: { type: 'final' }
	}
});
