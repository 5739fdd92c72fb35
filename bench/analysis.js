// Entry of the analysis benchmark: compiles bench/analysis.ts (with the sources it imports) into bench/out/analysis and runs it.

import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, '..');
const outDir = path.join(benchDir, 'out', 'analysis');
execFileSync(process.execPath, [path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(benchDir, 'analysis.tsconfig.json')], {stdio: 'inherit'});
execFileSync(process.execPath, [path.join(outDir, 'bench', 'analysis.js'), repoRoot, ...process.argv.slice(2)], {stdio: 'inherit'});
