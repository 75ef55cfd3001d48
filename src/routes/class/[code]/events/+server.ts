// Server-sent events for one class: the log entries the viewer may see, from the one after
// Last-Event-ID (or ?after=N), then live. A comment every 15 s keeps proxies from closing it.
import { error } from '@sveltejs/kit';
import { classHub, visibleTo } from '$lib/server/class/hub';
import { viewerOf } from '$lib/server/class/http';
import type { StoredEvent } from '$lib/server/class/store';

export const prerender = false;

export function GET({ params, cookies, request, url }) {
	const live = classHub().byCode(params.code);
	if (!live) error(404, 'There is no such class.');
	const viewer = viewerOf(live, cookies, url.searchParams.get('as') === 'host');
	if (!viewer) error(403, 'Join the class first.');
	const after =
		Number(request.headers.get('last-event-id') ?? url.searchParams.get('after') ?? 0) || 0;
	const encoder = new TextEncoder();
	let cleanup = () => {};

	const stream = new ReadableStream({
		start(controller) {
			const send = (event: StoredEvent) => {
				const { at: _at, ...body } = event;
				controller.enqueue(encoder.encode(`id: ${event.seq}\ndata: ${JSON.stringify(body)}\n\n`));
			};
			controller.enqueue(encoder.encode('retry: 2000\n\n'));
			for (const event of live.events)
				if (event.seq > after && visibleTo(viewer, event)) send(event);
			const unsubscribe = live.subscribe(viewer, send, () => cleanup());
			const heartbeat = setInterval(
				() => controller.enqueue(encoder.encode(': keep-alive\n\n')),
				15_000
			);
			cleanup = () => {
				unsubscribe();
				clearInterval(heartbeat);
				try {
					controller.close();
				} catch {
					// already closed
				}
			};
			request.signal.addEventListener('abort', cleanup);
		},
		cancel() {
			cleanup();
		}
	});

	return new Response(stream, {
		headers: {
			'content-type': 'text/event-stream',
			'cache-control': 'no-cache, no-transform',
			'x-accel-buffering': 'no'
		}
	});
}
