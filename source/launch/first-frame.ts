// The app's first frame as news outside the interface: the launcher writes V8's code cache once it is drawn.

const waiting: Array<() => void> = [];

/** Calls `callback` once, after the app's first complete briefing frame is drawn (never, for other commands). */
export function afterFirstFrame(callback: () => void): void {
	waiting.push(callback);
}

/** Said by the app (ui/start.tsx) when its first briefing frame is on the screen. */
export function firstFrameDrawn(): void {
	for (const callback of waiting.splice(0)) callback();
}
