// The checkout's built dist/ for tests of worker threads, which only the built JavaScript has (`npm test` builds first).

import {existsSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

/** Whether a module (path inside dist/, e.g. "briefing/analysis-worker.js") has been built. */
export function isBuilt(file: string): boolean {
	return existsSync(path.join(dist, file));
}

/** The file URL of a built module (path inside dist/), as a worker is started from it. */
export function builtUrl(file: string): URL {
	return pathToFileURL(path.join(dist, file));
}

/** Imports a built module by its path inside dist/. */
export async function loadBuilt<T>(file: string): Promise<T> {
	return (await import(builtUrl(file).href)) as T;
}
