// Ink's unexported internals the app's Ink patches use, taken from the Ink that draws (the bundled copy in the bundle).

import {createRequire} from 'node:module';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

/** Each as loaded; a piece that could not be loaded is undefined, and its user checks what it needs. */
export interface InkInternals {
	/** ink/build/output.js's default export: the frame buffer ink-output-cache.ts patches. */
	Output: unknown;
	/** The tokenizer's row joiner, as Ink's Output uses it. */
	styledCharsToString: unknown;
	/** The tokenizer module's exports (@alcalzone/ansi-tokenize, the copy Ink's Output uses). */
	tokenizer: Record<string, unknown> | undefined;
	sanitizeAnsi: unknown;
	colorize: unknown;
	/** The chalk instance Ink's <Text> paints with (at the colour level it detected). */
	chalk: Record<string, unknown> | undefined;
}

/**
 * The bundled Ink's internals, in the bundle only: scripts/bundle.mjs replaces this declaration with an import of
 * scripts/ink-output-inject.mjs, which imports the very modules the bundled Ink uses. Undefined when running from
 * dist/ or under tests.
 */
declare const lagebildBundledInk: {Output: unknown; styledCharsToString: unknown; tokenizer: unknown; sanitizeAnsi: unknown; colorize: unknown; chalk: unknown} | undefined;

let loaded: Promise<InkInternals> | undefined;

async function optional<T>(load: () => Promise<T>): Promise<T | undefined> {
	try {
		return await load();
	} catch {
		return undefined;
	}
}

async function load(): Promise<InkInternals> {
	if (typeof lagebildBundledInk !== 'undefined') {
		const {chalk, tokenizer, ...rest} = lagebildBundledInk;
		return {...rest, tokenizer: tokenizer as Record<string, unknown> | undefined, chalk: chalk as Record<string, unknown> | undefined};
	}

	// Outside the bundle: the files Ink's renderer loads (the same files, so the same module instances).
	const inkUrl = import.meta.resolve('ink');
	const defaultOf = async (file: string) => optional(async () => (await import(new URL(file, inkUrl).href) as {default?: unknown}).default);
	const [Output, sanitizeAnsi, colorize, tokenizer, chalk] = await Promise.all([
		defaultOf('output.js'),
		defaultOf('sanitize-ansi.js'),
		defaultOf('colorize.js'),
		optional(async () => {
			// The tokenizer as Ink's output.js resolves it (its package exports only "." and package.json).
			const tokenizerDir = path.dirname(createRequire(new URL('output.js', inkUrl)).resolve('@alcalzone/ansi-tokenize/package.json'));
			return {...await import(pathToFileURL(path.join(tokenizerDir, 'build', 'index.js')).href) as Record<string, unknown>};
		}),
		optional(async () => (await import(pathToFileURL(createRequire(inkUrl).resolve('chalk')).href) as {default?: Record<string, unknown>}).default),
	]);
	return {Output, styledCharsToString: tokenizer?.styledCharsToString, tokenizer, sanitizeAnsi, colorize, chalk};
}

/** Ink's internals, loaded once per process. */
export async function inkInternals(): Promise<InkInternals> {
	loaded ??= load();
	return loaded;
}
