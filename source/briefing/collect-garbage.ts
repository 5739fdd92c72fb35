// A full garbage collection on request, for the briefing worker between the phases of a large computation.

import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * V8's `gc`, taken from a context created while --expose-gc was set for a moment (the flag is set back at once, so
 * no other context gets it); undefined where V8 refuses. Why the briefing worker wants it: a computation from
 * scratch allocates several times its live set, and V8 lets the heap grow to about twice the live set before it
 * collects — a collection at the end of each phase keeps the heap (and the process's RSS) near what is live.
 */
export function garbageCollector(minGrowthMb = 0): (() => void) | undefined {
	let gc: unknown;
	try {
		v8.setFlagsFromString('--expose-gc');
		gc = vm.runInNewContext('gc');
	} catch {
		return undefined;
	} finally {
		v8.setFlagsFromString('--no-expose-gc');
	}
	if (typeof gc !== 'function') return undefined;
	const collect = () => void (gc as () => unknown)();
	return minGrowthMb > 0 ? whenGrown(collect, minGrowthMb * 1_048_576) : collect;
}

/**
 * `collect` only once the heap and the buffers it owns have grown by `bytes` since the last collection. A full
 * collection of a large computation's heap takes a few hundred ms; collecting after every phase (~20 times for
 * `lagebild brief --since 7d` over 10,000 articles) cost ~9 s of CPU there, and most of them found little garbage.
 */
function whenGrown(collect: () => void, bytes: number): () => void {
	const size = () => {
		const heap = v8.getHeapStatistics();
		return heap.used_heap_size + heap.external_memory;
	};
	let after = size();
	return () => {
		if (size() - after < bytes) return;
		collect();
		after = size();
	};
}
