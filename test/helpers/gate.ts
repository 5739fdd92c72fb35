// What a UI test holds back and lets go: a gate a service call waits at, and the briefing progress it reports meanwhile.

import type {BriefingProgress} from '../../source/model/briefing-progress.js';

/** A promise the test opens: calls that wait at it go on once open() is called. */
export class Gate {
	#open: () => void = () => undefined;
	readonly #opened = new Promise<void>(resolve => {
		this.#open = resolve;
	});

	async wait(): Promise<void> {
		return this.#opened;
	}

	open(): void {
		this.#open();
	}
}

/** The listeners of AppServices.onBriefingProgress, to which the test reports the progress it chooses. */
export class ProgressListeners {
	readonly listeners = new Set<(progress: BriefingProgress) => void>();

	add(listener: (progress: BriefingProgress) => void): () => void {
		this.listeners.add(listener);
		return () => {
			this.listeners.delete(listener);
		};
	}

	report(progress: BriefingProgress): void {
		for (const listener of this.listeners) listener(progress);
	}
}
