// A full garbage collection on request, for the briefing worker between the phases of a large computation.

import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * V8's `gc`, taken from a context created while --expose-gc was set for a moment (the flag is set back at once, so
 * no other context gets it); undefined where V8 refuses. Why the briefing worker wants it: a computation from
 * scratch allocates several times its live set, and V8 lets the heap grow to about twice the live set before it
 * collects — a collection at the end of each phase keeps the heap (and the process's RSS) near what is live.
 */
export function garbageCollector(): (() => void) | undefined {
	try {
		v8.setFlagsFromString('--expose-gc');
		const gc: unknown = vm.runInNewContext('gc');
		return typeof gc === 'function' ? () => void (gc as () => unknown)() : undefined;
	} catch {
		return undefined;
	} finally {
		v8.setFlagsFromString('--no-expose-gc');
	}
}
