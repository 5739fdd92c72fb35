// Bundles a TypeScript entry of source/ with esbuild for a child process (tests that kill or signal a real process).

import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Writes `contents` (imports relative to the repository root) bundled as an ES module under node_modules/.cache, so
 * its packages (left outside the bundle) resolve from the repository's node_modules. Returns the file's path.
 */
export async function bundleForChild(name: string, contents: string): Promise<string> {
	const dir = path.join(repoRoot, 'node_modules', '.cache', 'lagebild-tests');
	mkdirSync(dir, {recursive: true});
	const outfile = path.join(dir, `${name}-${process.pid}.mjs`);
	await build({
		stdin: {contents, resolveDir: repoRoot, loader: 'ts', sourcefile: `${name}.ts`},
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		packages: 'external',
		jsx: 'automatic',
		outfile,
		logLevel: 'silent',
	});
	return outfile;
}
