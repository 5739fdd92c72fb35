// A briefing computation's progress as the interface says it: "Analysing articles… 1,200 of 2,797".

import type {BriefingProgress} from '../model/briefing-progress.js';
import type {Messages} from './en.js';
import {format} from './format.js';

/** `n` with its digits in groups of three, by the language's separator. */
export function groupDigits(n: number, separator: string): string {
	return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

export function briefingProgressText(progress: BriefingProgress, messages: Messages): string {
	const texts = messages.briefingProgress;
	const values = {done: groupDigits(progress.done, texts.digitGroup), total: groupDigits(progress.total, texts.digitGroup)};
	return format(texts[progress.phase], values);
}
