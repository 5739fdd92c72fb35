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

// Yellow and cyan are the palette's light colours: on a white background the question ("Delete feed?"), the new
// marks and search hits in them could hardly be read. A light terminal gets the dark ones instead.
const lightTheme: Theme = {
	...colourTheme,
	accent: {color: 'blue', bold: true},
	'status.warn': {color: 'magenta', bold: true},
	new: {color: 'blue', bold: true},
	highlight: {color: 'magenta', bold: true},
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

/**
 * Whether the terminal has a light background: LAGEBILD_THEME=light|dark if set, else COLORFGBG ("fg;bg", set by
 * rxvt, Konsole, iTerm2 and others), whose background 7 or 9–15 is a light one.
 */
export function lightBackground(env: Record<string, string | undefined>): boolean {
	const chosen = env.LAGEBILD_THEME?.trim().toLowerCase();
	if (chosen === 'light' || chosen === 'dark') return chosen === 'light';
	const background = Number(env.COLORFGBG?.split(';').at(-1));
	return Number.isInteger(background) && (background === 7 || (background >= 9 && background <= 15));
}

export function makeTheme(env: Record<string, string | undefined>): Theme {
	// https://no-color.org: any non-empty value disables colour.
	if (env.NO_COLOR) return monochromeTheme;
	return lightBackground(env) ? lightTheme : colourTheme;
}
