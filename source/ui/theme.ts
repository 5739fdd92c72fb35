// Semantic colour tokens; components name a token, never a colour. NO_COLOR drops every colour.

export type Token =
	| 'text.primary'
	| 'text.secondary'
	| 'text.dim'
	| 'accent'
	| 'selection'
	| 'status.ok'
	| 'status.warn'
	| 'status.error'
	| 'quote.direct'
	| 'quote.indirect'
	| 'unread'
	| 'new'
	| 'heading'
	| 'highlight';

export interface Style {
	color?: string;
	bold?: boolean;
	dimColor?: boolean;
	inverse?: boolean;
	italic?: boolean;
	underline?: boolean;
}

export type Theme = Record<Token, Style>;

// Named ANSI colours follow the terminal's palette, so they read on light and dark backgrounds;
// white and black are avoided on purpose.
const colourTheme: Theme = {
	'text.primary': {},
	'text.secondary': {dimColor: true},
	'text.dim': {dimColor: true},
	accent: {color: 'cyan', bold: true},
	selection: {inverse: true},
	'status.ok': {color: 'green'},
	'status.warn': {color: 'yellow'},
	'status.error': {color: 'red', bold: true},
	'quote.direct': {color: 'green'},
	'quote.indirect': {color: 'magenta', italic: true},
	unread: {bold: true},
	new: {color: 'yellow', bold: true},
	heading: {bold: true, underline: true},
	highlight: {color: 'yellow', bold: true},
};

const monochromeTheme: Theme = {
	'text.primary': {},
	'text.secondary': {dimColor: true},
	'text.dim': {dimColor: true},
	accent: {bold: true},
	selection: {inverse: true},
	'status.ok': {},
	'status.warn': {bold: true},
	'status.error': {bold: true},
	'quote.direct': {},
	'quote.indirect': {italic: true},
	unread: {bold: true},
	new: {bold: true},
	heading: {bold: true, underline: true},
	highlight: {bold: true, underline: true},
};

export function makeTheme(env: Record<string, string | undefined>): Theme {
	// https://no-color.org: any non-empty value disables colour.
	return env.NO_COLOR ? monochromeTheme : colourTheme;
}
