// Writes the characters above U+00FF of a module's code as \u escapes, so that V8 holds the bundle as a one-byte string.

/*
 * V8 keeps a script's source for as long as its functions live (lazy compiling, toString), and a source with a single
 * character beyond Latin-1 is a two-byte string: the bundle's 3.9 M characters were ~8 MB of the UI thread's heap for
 * ~1,500 dashes, arrows and quotation marks, in comments, regular expressions and template literals (esbuild's ASCII
 * charset escapes strings and identifiers only). Where an escape means the same character — a regular expression (with
 * or without the u flag: a surrogate pair written as two escapes is one code point there), an untagged template, a
 * string, a comment, a String.raw pattern given to new RegExp — it is written as one. Where it would not (another
 * tagged template's raw text, JSX text and attributes, identifiers) the character stays, and the build says so.
 */

import {createHash} from 'node:crypto';
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';

const beyondLatin1 = /[^\x00-\xff]/g;
const anyBeyondLatin1 = /[^\x00-\xff]/;

/** `\uXXXX` for each UTF-16 unit of `text` (a surrogate pair becomes two escapes, which every context above reads as one). */
function escaped(text) {
	let out = '';
	for (let i = 0; i < text.length; i++) out += `\\u${text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`;
	return out;
}

function scriptKind(file) {
	if (file.endsWith('.tsx')) return ts.ScriptKind.TSX;
	if (file.endsWith('.ts') || file.endsWith('.mts') || file.endsWith('.cts')) return ts.ScriptKind.TS;
	if (file.endsWith('.jsx')) return ts.ScriptKind.JSX;
	return ts.ScriptKind.JS;
}

/** `new RegExp(String.raw`…`, …)`: the raw text is a pattern, whose parser reads a \u escape as the character. */
function rawRegExpSource(tagged) {
	const call = tagged.parent;
	return tagged.tag.getText() === 'String.raw' && call?.kind === ts.SyntaxKind.NewExpression && call.expression.getText() === 'RegExp' && call.arguments?.[0] === tagged;
}

/** Whether `node` is text an escape would change: a tagged template's literal parts, JSX text or attribute strings, a name. */
function keepsCharacters(node) {
	switch (node.kind) {
		case ts.SyntaxKind.JsxText:
		case ts.SyntaxKind.Identifier:
		case ts.SyntaxKind.PrivateIdentifier:
			return true;
		case ts.SyntaxKind.StringLiteral:
			return node.parent?.kind === ts.SyntaxKind.JsxAttribute;
		case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
		case ts.SyntaxKind.TemplateExpression:
			return node.parent?.kind === ts.SyntaxKind.TaggedTemplateExpression && !rawRegExpSource(node.parent);
		default:
			return false;
	}
}

/**
 * `text` (the module `file`) with every character above U+00FF written as an escape wherever that means the same;
 * `kept` counts the characters left as they were. Modules without such characters come back unparsed.
 */
export function latin1Source(text, file) {
	const positions = [];
	for (const match of text.matchAll(beyondLatin1)) positions.push(match.index);
	if (positions.length === 0) return {text, kept: 0};
	const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file));
	// Ranges [start, end) whose characters stay: found by descending only into nodes that hold one of the positions.
	const keep = [];
	const holdsOne = (start, end) => {
		let low = 0;
		let high = positions.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (positions[middle] < start) low = middle + 1;
			else high = middle;
		}
		return low < positions.length && positions[low] < end;
	};
	const visit = (node) => {
		if (!holdsOne(node.pos, node.end)) return;
		if (keepsCharacters(node)) {
			// JSX text has no trivia: getStart would skip a leading Unicode space (U+2009 …), which then got escaped (review V18 #17).
			keep.push([node.kind === ts.SyntaxKind.JsxText ? node.pos : node.getStart(source), node.end]);
			return;
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	const kept = (position) => keep.some(([start, end]) => position >= start && position < end);
	let out = '';
	let last = 0;
	let keptCount = 0;
	for (let index = 0; index < positions.length; index++) {
		const position = positions[index];
		if (kept(position)) {
			keptCount++;
			continue;
		}
		// A low surrogate after its high one was escaped with it.
		if (position < last) continue;
		const code = text.charCodeAt(position);
		const width = code >= 0xd800 && code <= 0xdbff && position + 1 < text.length ? 2 : 1;
		// An identity escape (`\—` in a regular expression or template) is the character itself: the escape replaces both.
		let backslashes = 0;
		while (position - backslashes - 1 >= last && text[position - backslashes - 1] === '\\') backslashes++;
		const from = backslashes % 2 === 1 ? position - 1 : position;
		out += text.slice(last, from) + escaped(text.slice(position, position + width));
		last = position + width;
	}
	return {text: out + text.slice(last), kept: keptCount};
}

/** The characters above U+00FF left in `code` (a built bundle), with a little context each: none keeps it one-byte. */
export function latin1Report(code, limit = 5) {
	const found = [...code.matchAll(beyondLatin1)];
	return {count: found.length, examples: found.slice(0, limit).map((match) => JSON.stringify(code.slice(Math.max(0, match.index - 40), match.index + 10)))};
}

/**
 * latin1Source with the results of earlier builds kept in `file` (by module text and kind): parsing the ~250 modules
 * with such characters took ~2 s of CPU every build, and between two builds few of them change. The file holds the
 * modules of the builds that wrote it last (several worktrees may share it), written whole by a rename.
 */
export async function latin1Sources(file) {
	// A damaged file is no cache; the escaper's own text is in every key, so a changed escaper never reads old entries.
	const known = await readFile(file, 'utf8').then((text) => new Map(Object.entries(JSON.parse(text)))).catch(() => new Map());
	const escaper = await readFile(fileURLToPath(import.meta.url));
	const used = new Map();
	return {
		source(text, name) {
			if (!anyBeyondLatin1.test(text)) return text;
			const key = createHash('sha256').update(escaper).update('\0').update(path.extname(name)).update('\0').update(text).digest('base64url');
			const escaped = known.get(key) ?? latin1Source(text, name).text;
			used.set(key, escaped);
			return escaped;
		},
		async save() {
			const earlier = await readFile(file, 'utf8').then((text) => Object.entries(JSON.parse(text))).catch(() => []);
			const entries = [...used, ...earlier.filter(([key]) => !used.has(key))].slice(0, Math.max(1_000, used.size * 4));
			await mkdir(path.dirname(file), {recursive: true});
			const temporary = `${file}.${process.pid}`;
			await writeFile(temporary, JSON.stringify(Object.fromEntries(entries)));
			await rename(temporary, file);
		},
	};
}
