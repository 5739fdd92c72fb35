// Retrying a write when another process holds the database lock (SQLITE_BUSY) past the busy timeout.

const sleepBuffer = new Int32Array(new SharedArrayBuffer(4));

function sleepSync(ms: number): void {
	Atomics.wait(sleepBuffer, 0, 0, ms);
}

export function isBusyError(error: unknown): boolean {
	const code = (error as {code?: unknown} | null)?.code;
	return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** Runs a synchronous write; on SQLITE_BUSY waits (50 ms, doubling, capped at 1 s) and tries again. */
export function withBusyRetry<T>(write: () => T, attempts = 6): T {
	let delay = 50;
	for (let attempt = 1; ; attempt++) {
		try {
			return write();
		} catch (error) {
			if (!isBusyError(error) || attempt >= attempts) {
				throw error;
			}

			sleepSync(delay + Math.floor(Math.random() * delay));
			delay = Math.min(delay * 2, 1000);
		}
	}
}
