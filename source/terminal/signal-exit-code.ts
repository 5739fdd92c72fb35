// The exit code of a process ended by a signal, shared by the app and `lagebild refresh` (no Ink in it: refresh loads it).

/** The exit code of a process ended by `signal`, as shells report it: SIGHUP 129, SIGINT 130, SIGTERM 143. */
export function signalExitCode(signal: NodeJS.Signals): number {
	const numbers: Partial<Record<NodeJS.Signals, number>> = {SIGHUP: 1, SIGINT: 2, SIGTERM: 15};
	return 128 + (numbers[signal] ?? 15);
}
