// Finds where JSON text breaks, so a config error can name the line and column.

export interface JsonProblem {
	message: string;
	line: number;
	column: number;
}

/** Returns undefined for valid JSON; otherwise the first problem with its 1-based line and column. */
export function findJsonProblem(text: string): JsonProblem | undefined {
	try {
		JSON.parse(text);
		return undefined;
	} catch {
		const offset = scanForError(text);
		const prefix = text.slice(0, offset);
		const line = prefix.split('\n').length;
		const column = offset - prefix.lastIndexOf('\n');
		const char = text.slice(offset, offset + 1);
		const found = offset >= text.length ? 'end of file' : (char === '\uFEFF' ? 'byte-order mark (save the file as UTF-8 without BOM)' : JSON.stringify(char));
		// The usual hand edit: a comma left after the last entry, which JSON does not allow (JavaScript does).
		const trailingComma = (char === '}' || char === ']') && /,\s*$/u.test(prefix);
		return {message: `unexpected ${found}${trailingComma ? ' after a comma — JSON allows no comma after the last entry' : ''}`, line, column};
	}
}

// A small recursive-descent scan that stops at the first offset JSON.parse would reject.
function scanForError(text: string): number {
	let i = 0;
	const fail = (): never => {
		throw i;
	};

	const space = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i]!)) {
			i++;
		}
	};

	const literal = (word: string) => {
		for (const char of word) {
			if (text[i] !== char) {
				fail();
			}

			i++;
		}
	};

	const string = () => {
		i++;
		while (i < text.length) {
			const char = text[i]!;
			if (char === '"') {
				i++;
				return;
			}

			if (char < ' ') {
				fail();
			}

			if (char === '\\') {
				i++;
				const escape = text[i];
				if (escape === 'u') {
					for (let k = 1; k <= 4; k++) {
						if (!/[\da-f]/i.test(text[i + k] ?? '')) {
							i += k;
							fail();
						}
					}

					i += 5;
					continue;
				}

				if (escape === undefined || !'"\\/bfnrt'.includes(escape)) {
					fail();
				}
			}

			i++;
		}

		fail();
	};

	const number = () => {
		const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
		if (!match || match[0] === '-' || match[0] === '') {
			fail();
		}

		i += match![0].length;
	};

	const value = (): void => {
		space();
		const char = text[i];
		if (char === '{') {
			i++;
			space();
			if (text[i] === '}') {
				i++;
				return;
			}

			for (;;) {
				space();
				if (text[i] !== '"') {
					fail();
				}

				string();
				space();
				if (text[i] !== ':') {
					fail();
				}

				i++;
				value();
				space();
				if (text[i] === ',') {
					i++;
					continue;
				}

				if (text[i] === '}') {
					i++;
					return;
				}

				fail();
			}
		}

		if (char === '[') {
			i++;
			space();
			if (text[i] === ']') {
				i++;
				return;
			}

			for (;;) {
				value();
				space();
				if (text[i] === ',') {
					i++;
					continue;
				}

				if (text[i] === ']') {
					i++;
					return;
				}

				fail();
			}
		}

		if (char === '"') {
			string();
			return;
		}

		if (char === 't') {
			literal('true');
			return;
		}

		if (char === 'f') {
			literal('false');
			return;
		}

		if (char === 'n') {
			literal('null');
			return;
		}

		if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
			number();
			return;
		}

		fail();
	};

	try {
		if (text.charCodeAt(0) === 0xFE_FF) {
			i = 0;
			fail();
		}

		value();
		space();
		if (i < text.length) {
			fail();
		}

		return text.length;
	} catch (offset) {
		if (typeof offset === 'number') {
			return offset;
		}

		throw offset;
	}
}
