// Injected by scripts/bundle.mjs where ui/ink-output-cache.ts names it: the bundled Ink's own Output class and tokenizer.

import Output from 'ink/build/output.js';
import {styledCharsToString} from '@alcalzone/ansi-tokenize';

export const lagebildBundledInkOutput = {Output, styledCharsToString};
