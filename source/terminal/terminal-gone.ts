// A terminal closed under the process (window shut, ssh dropped): how to tell, and how to end without a word. Shared
// by the app (ui/start.tsx) and `lagebild refresh`; no Ink in it, so the refresh can load it.

import {closeSync} from 'node:fs';

/** What reading or writing a terminal that was closed (a window shut, ssh dropped) fails with. */
export function isTerminalGone(error: unknown): boolean {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	return code === 'EIO' || code === 'EPIPE' || code === 'ENXIO' || code === 'EBADF';
}

/** Nothing more is written to a terminal that is gone (each write would fail again, and report the failure there). */
export function silence(streams: readonly NodeJS.WriteStream[]): void {
	for (const stream of streams) Object.defineProperty(stream, 'write', {value: () => true, configurable: true, writable: true});
}

/**
 * Closes the standard descriptors just before exit: Node restores the terminal's modes on exit and aborts with a
 * native assertion ("ResetStdio … Assertion failed", a core-dump style report) when that fails on a hung-up terminal;
 * a closed descriptor it leaves alone. Last, so nothing of ours opens a file under their numbers meanwhile.
 */
export function closeStandardDescriptors(): void {
	for (const fd of [0, 1, 2]) {
		try {
			closeSync(fd);
		} catch {
			// Already closed.
		}
	}
}
