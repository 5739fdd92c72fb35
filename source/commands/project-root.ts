// Where lagebild's own files (feeds/default.opml, feeds/snapshots/) are, from source/ as from dist/.

import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

let cached: string | undefined;

/** The directory holding lagebild's package.json, found by walking up from this module. */
export function projectRoot(): string {
	if (cached) {
		return cached;
	}

	let dir = path.dirname(fileURLToPath(import.meta.url));
	for (;;) {
		const manifest = path.join(dir, 'package.json');
		if (existsSync(manifest)) {
			try {
				const {name} = JSON.parse(readFileSync(manifest, 'utf8')) as {name?: unknown};
				if (name === 'lagebild') {
					cached = dir;
					return dir;
				}
			} catch {
				// Not ours; keep walking.
			}
		}

		const parent = path.dirname(dir);
		if (parent === dir) {
			throw new Error('cannot find the lagebild installation (package.json)');
		}

		dir = parent;
	}
}

export function bundledFeedsDir(): string {
	return path.join(projectRoot(), 'feeds');
}
