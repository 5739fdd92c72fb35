// Keeps Ink's per-frame text caches (ANSI tokens and widths per line) from one frame to the next.

/*
 * Ink (6.8) draws every frame into a fresh `Output`, whose caches of tokenised lines and string widths start empty,
 * so each keypress re-tokenises all ~40 rows of the screen although only two changed: about half of a frame's time.
 * Giving each new Output one shared cache object makes unchanged rows free. Ink does not export Output; it is loaded
 * from the same file Ink's renderer imports (the same module instance). When the file or its shape is not what this
 * expects (another Ink version), nothing is patched and Ink draws as it always does, only slower.
 */

interface OutputCaches {
	styledChars: Map<string, unknown>;
	widths: Map<string, number>;
	blockWidths: Map<string, number>;
	getStyledChars(line: string): unknown;
}

interface OutputInstance {
	caches: OutputCaches;
	get(): {output: string; height: number};
}

type OutputClass = (new (options: {width: number; height: number}) => OutputInstance) & {prototype: OutputInstance};

/** Lines kept before the shared cache starts over (a screenful is ~40; scrolling a long article adds more). */
const maxCachedLines = 5000;

let installed: Promise<boolean> | undefined;

function isCaches(value: unknown): value is OutputCaches {
	if (typeof value !== 'object' || value === null) {
		return false;
	}

	const candidate = value as Partial<Record<keyof OutputCaches, unknown>>;
	return candidate.styledChars instanceof Map && candidate.widths instanceof Map && candidate.blockWidths instanceof Map && typeof candidate.getStyledChars === 'function';
}

async function install(): Promise<boolean> {
	try {
		const module = await import(new URL('output.js', import.meta.resolve('ink')).href) as {default?: unknown};
		const Output = module.default as OutputClass | undefined;
		if (typeof Output !== 'function' || typeof Output.prototype.get !== 'function') {
			return false;
		}

		const probe = new Output({width: 1, height: 1});
		if (!isCaches(probe.caches)) {
			return false;
		}

		const Caches = probe.caches.constructor as new () => OutputCaches;
		let shared = new Caches();
		const get = Output.prototype.get;
		Output.prototype.get = function (this: OutputInstance) {
			if (shared.styledChars.size > maxCachedLines || shared.widths.size > maxCachedLines * 4) {
				shared = new Caches();
			}

			this.caches = shared;
			return get.call(this);
		};

		return true;
	} catch {
		return false;
	}
}

/** Patches Ink's Output once per process; resolves whether the patch is in place. */
export async function keepInkOutputCaches(): Promise<boolean> {
	installed ??= install();
	return installed;
}
