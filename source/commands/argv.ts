// Reading lagebild's command line: its flags, the words between them, and the flags it does not know.

/*
 * This was meow (yargs-parser underneath); loading it cost ~30 ms of CPU at every start, more than parsing a dozen
 * flags deserves. The rules are the ones meow applied to lagebild's flags: `--name value` and `--name=value`,
 * `--flag`, `--no-flag` and `--flag=false` for booleans, `-h`, repeatable flags collect every value, a single-value
 * flag given twice is an error, `--` ends the flags. Unlike yargs-parser, words stay text (`topics rename 2024 2025`
 * gets "2024", not a number).
 */

export interface FlagSpec {
	type: 'string' | 'boolean';
	isMultiple?: boolean;
	shortFlag?: string;
}

export type FlagValue = string | boolean | string[];

export interface ParsedArgv {
	/** Known flags by name, as given; booleans not given are false. */
	flags: Record<string, FlagValue | undefined>;
	/** The words that are not flags or flag values, in order. */
	input: string[];
	/** Flags not in the specification, as typed without their value (`--colour`, `-x`). */
	unknown: string[];
	/**
	 * Words of one dash and several letters with a letter no flag has (`-Dreamliner`), as typed: a command that takes
	 * such words (search: leave out what holds the word) reads them as words instead of unknown flags.
	 */
	dashWords: Array<{word: string; unknown: string[]}>;
	/** String flags given with no value after them (`--home` last, or before another flag), as typed: their value is ''. */
	missingValue: string[];
}

export class ArgvError extends Error {
	override readonly name = 'ArgvError';
}

function camelCase(name: string): string {
	return name.replaceAll(/-+([a-z\d])/gi, (_match, letter: string) => letter.toUpperCase());
}

const negativeNumber = /^-(?:\d+|\d*\.\d+)(?:e[+-]?\d+)?$/i;

/** Whether a word can be the value of the string flag before it (a flag is not; a negative number is). */
function isValueWord(word: string | undefined): word is string {
	return word !== undefined && (!word.startsWith('-') || negativeNumber.test(word));
}

/** Parses `argv` against `specs` (keyed by camelCase name). Throws ArgvError for a single-value flag given twice. */
export function parseArgv(argv: readonly string[], specs: Readonly<Record<string, FlagSpec>>): ParsedArgv {
	const flags: Record<string, FlagValue | undefined> = {};
	const input: string[] = [];
	const unknown: string[] = [];
	const dashWords: ParsedArgv['dashWords'] = [];
	const missingValue: string[] = [];
	const given = new Set<string>();
	const shortNames = new Map(Object.entries(specs).flatMap(([name, spec]) => (spec.shortFlag ? [[spec.shortFlag, name] as const] : [])));

	const set = (name: string, value: string | boolean) => {
		const spec = specs[name]!;
		if (spec.isMultiple) {
			flags[name] = [...(flags[name] as string[] | undefined) ?? [], String(value)];
			return;
		}

		if (given.has(name)) {
			throw new ArgvError(`The flag --${name} can only be set once.`);
		}

		given.add(name);
		flags[name] = value;
	};

	for (let index = 0; index < argv.length; index++) {
		const word = argv[index]!;
		if (word === '--') {
			input.push(...argv.slice(index + 1));
			break;
		}

		if (word.startsWith('--')) {
			const equals = word.indexOf('=');
			const typed = equals === -1 ? word.slice(2) : word.slice(2, equals);
			const inline = equals === -1 ? undefined : word.slice(equals + 1);
			const name = camelCase(typed);
			const spec = specs[name];
			const negated = typed.startsWith('no-') ? camelCase(typed.slice(3)) : undefined;
			if (!spec && inline === undefined && negated !== undefined && specs[negated]?.type === 'boolean') {
				set(negated, false);
				continue;
			}

			if (!spec) {
				unknown.push(`--${typed}`);
				continue;
			}

			if (spec.type === 'boolean') {
				const next = argv[index + 1];
				if (inline !== undefined) {
					set(name, inline !== 'false');
				} else if (next === 'true' || next === 'false') {
					set(name, next === 'true');
					index++;
				} else {
					set(name, true);
				}

				continue;
			}

			if (inline !== undefined) {
				set(name, inline);
			} else if (isValueWord(argv[index + 1])) {
				set(name, argv[++index]!);
			} else {
				set(name, '');
				missingValue.push(`--${typed}`);
			}

			continue;
		}

		if (word.length > 1 && word.startsWith('-') && !negativeNumber.test(word)) {
			// -h, or a group of one-letter flags (-xy): each letter a flag.
			const letters = [...word.slice(1).split('=')[0]!];
			const strange = letters.filter(letter => !(shortNames.has(letter) && specs[shortNames.get(letter)!]?.type === 'boolean')).map(letter => `-${letter}`);
			if (strange.length > 0 && letters.length > 1) {
				dashWords.push({word, unknown: strange});
				unknown.push(...strange);
				continue;
			}

			for (const letter of letters) {
				const name = shortNames.get(letter);
				if (name && specs[name]?.type === 'boolean') set(name, true);
				else unknown.push(`-${letter}`);
			}

			continue;
		}

		input.push(word);
	}

	for (const [name, spec] of Object.entries(specs)) {
		if (spec.type === 'boolean' && flags[name] === undefined) flags[name] = false;
	}

	return {flags, input, unknown, dashWords, missingValue};
}

function minIndent(text: string): number {
	const indents = text.split('\n').filter(line => line.trim() !== '').map(line => /^[ \t]*/.exec(line)![0].length);
	return indents.length === 0 ? 0 : Math.min(...indents);
}

/** Removes the common indentation of the lines, then indents every non-blank line by `spaces`. */
function redent(text: string, spaces: number): string {
	const strip = minIndent(text);
	const unindented = strip > 0 ? text.replaceAll(new RegExp(`^[ \\t]{${strip}}`, 'gm'), '') : text;
	return unindented.replaceAll(/^(?!\s*$)/gm, ' '.repeat(spaces));
}

/** The help screen as meow laid it out: the package description, then the help text, both indented by two. */
export function formatHelp(helpText: string, description: string | undefined): string {
	let help = helpText.replace(/\t+\n*$/, '').replaceAll(/^\n+|\n+$/g, '');
	if (help.includes('\n')) help = redent(help, 2);
	help = `\n${help}`;
	if (description) help = `${redent(`\n${description}\n`, 2)}${help}`;
	return `${help}\n`;
}
