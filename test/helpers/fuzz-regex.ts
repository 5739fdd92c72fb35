// Finds every regular expression literal in the source and builds the inputs that make a backtracking regex slow.

import {readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
	/** "source/text/sanitize.ts:12" */
	where: string;
	source: string;
	flags: string;
}

function sourceFiles(dir: string): string[] {
	const files: string[] = [];
	for (const name of readdirSync(dir).sort()) {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) files.push(...sourceFiles(full));
		else if (/\.tsx?$/.test(name)) files.push(full);
	}
	return files;
}

/** Every regex literal (and `new RegExp('literal')`) in the .ts files under the given folders of the repository. */
export function findRegexes(repoRoot: string, folders: readonly string[]): FoundRegex[] {
	const found: FoundRegex[] = [];
	for (const folder of folders) {
		for (const file of sourceFiles(path.join(repoRoot, folder))) {
			const text = readFileSync(file, 'utf8');
			const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
			const where = (node: ts.Node) => `${path.relative(repoRoot, file)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
			const visit = (node: ts.Node): void => {
				if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
					const literal = node.getText();
					const end = literal.lastIndexOf('/');
					found.push({where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1)});
				} else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
					const [pattern, flags] = node.arguments ?? [];
					if (pattern && ts.isStringLiteral(pattern)) {
						found.push({where: where(node), source: pattern.text, flags: flags && ts.isStringLiteral(flags) ? flags.text : ''});
					}
				}
				ts.forEachChild(node, visit);
			};
			visit(sourceFile);
		}
	}
	return found;
}

const generic = ['a', 'A', ' ', '1', '\n', '.', 'ä', '"', '<', '-'];

/** The characters a regex talks about: its literal characters and one member of each escape class it uses. */
export function alphabetOf(source: string): string[] {
	const chars = new Set<string>();
	for (let i = 0; i < source.length; i++) {
		const c = source[i]!;
		if (c === '\\') {
			const next = source[i + 1] ?? '';
			i++;
			if (next === 'u' && source[i + 1] === '{') {
				const close = source.indexOf('}', i);
				chars.add(String.fromCodePoint(Number.parseInt(source.slice(i + 2, close), 16)));
				i = close;
			} else if (next === 'u' && /^[\da-fA-F]{4}$/.test(source.slice(i + 1, i + 5))) {
				chars.add(String.fromCharCode(Number.parseInt(source.slice(i + 1, i + 5), 16)));
				i += 4;
			} else if (next === 'x') {
				chars.add(String.fromCharCode(Number.parseInt(source.slice(i + 1, i + 3), 16)));
				i += 2;
			} else if (next === 'p' || next === 'P') {
				const close = source.indexOf('}', i);
				i = close;
				for (const c2 of ['A', 'a', 'É', 'ß', '1', '\u2019']) chars.add(c2);
			} else {
				const classes: Record<string, string[]> = {s: [' ', '\n', '\t'], S: ['a'], w: ['a', '_', '1'], W: [' ', '-'], d: ['1'], D: ['a'], b: [], B: [], n: ['\n'], t: ['\t'], r: ['\r'], f: ['\f'], v: ['\v'], '0': ['\0']};
				for (const c2 of classes[next] ?? [next]) chars.add(c2);
			}
			continue;
		}
		if ('()[]{}*+?|^$'.includes(c)) continue;
		chars.add(c);
	}
	for (const c of generic) chars.add(c);
	return [...chars].filter((c) => c !== '');
}

/** Runs of literal text in the pattern ("<!DOCTYPE", "<!--"): the prefixes an attack repeats. */
export function literalRunsOf(source: string): string[] {
	const runs = new Set<string>();
	let run = '';
	for (let i = 0; i < source.length; i++) {
		const c = source[i]!;
		if (c === '\\' && /[^\w\s]/.test(source[i + 1] ?? '')) {
			run += source[i + 1];
			i++;
			continue;
		}
		if (/[\w<>!\-/:&#=;'" ,@]/.test(c) && c !== '\\') {
			run += c;
			continue;
		}
		if (run.length >= 2) runs.add(run);
		run = '';
		if (c === '\\') i++;
	}
	if (run.length >= 2) runs.add(run);
	return [...runs].slice(0, 12);
}

/** Attack units: one repeated char, two alternating chars, a literal followed by a char; each repeated to length. */
export function attackUnits(source: string): Array<{unit: string; prefix: string}> {
	const alphabet = alphabetOf(source).slice(0, 20);
	const runs = literalRunsOf(source);
	const units: Array<{unit: string; prefix: string}> = [];
	for (const a of alphabet) {
		units.push({unit: a, prefix: ''});
		for (const run of runs) units.push({unit: a, prefix: run});
		for (const b of alphabet) if (a < b) units.push({unit: a + b, prefix: ''});
	}
	for (const run of runs) {
		for (const a of alphabet) units.push({unit: run + a, prefix: ''});
		units.push({unit: run, prefix: ''});
	}
	return units;
}
