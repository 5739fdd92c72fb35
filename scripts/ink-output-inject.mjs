// Handed by scripts/bundle.mjs to the modules that declare `lagebildBundledInk`: the bundled Ink's own internals.

/*
 * Ink exports none of these. Outside the bundle ui/ink-internals.ts loads the files Ink's
 * renderer loads; a bundle holds its own copy of Ink, and only these imports reach that copy's module instances.
 */

import Output from 'ink/build/output.js';
import sanitizeAnsi from 'ink/build/sanitize-ansi.js';
import colorize from 'ink/build/colorize.js';
import {ansiCodesToString, diffAnsiCodes, reduceAnsiCodesIncremental, styledCharsFromTokens, styledCharsToString, tokenize} from '@alcalzone/ansi-tokenize';
import chalk from 'chalk';

const tokenizer = {tokenize, styledCharsFromTokens, reduceAnsiCodesIncremental, diffAnsiCodes, ansiCodesToString};
export const lagebildBundledInk = {Output, styledCharsToString, tokenizer, sanitizeAnsi, colorize, chalk};
