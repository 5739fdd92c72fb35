// The annotated quote sets opened for learning — the folds of every leave-one-set-out run; the next blind set is never listed.

import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every opened annotated set, relative to the repository root (each blind set joins once it has been scored). */
export const openedSets: ReadonlyArray<{name: string; folder: string}> = [
	{name: 'seed', folder: '../shared/eval/seed'},
	{name: 'dev', folder: '../shared/eval/quotes-dev'},
	{name: 'heldout-1', folder: 'test/fixtures/quotes-heldout'},
	...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20].map((set) => ({name: `heldout-${set}`, folder: `test/fixtures/quotes-heldout-${set}`})),
	// Blind sets 21–23 (fifteenth session): scored blind by the engines they measured (21, 22 by three, 23 by two), then opened.
	...[21, 22, 23].map((set) => ({name: `heldout-${set}`, folder: `test/fixtures/quotes-heldout-${set}`})),
	// Blind sets 24 and 25 (sixteenth session): scored blind by the fifteenth session's start and end engines, then opened.
	...[24, 25].map((set) => ({name: `heldout-${set}`, folder: `test/fixtures/quotes-heldout-${set}`})),
	// Blind sets 26 and 27 (seventeenth session): scored blind by the sixteenth session's start and end engines, then opened.
	...[26, 27].map((set) => ({name: `heldout-${set}`, folder: `test/fixtures/quotes-heldout-${set}`})),
	// Blind sets 28 and 29 (eighteenth session): scored blind by the seventeenth session's start and end engines, then opened.
	...[28, 29].map((set) => ({name: `heldout-${set}`, folder: `test/fixtures/quotes-heldout-${set}`})),
	// Blind sets 30 and 31 (nineteenth session): scored blind by the eighteenth session's start and end engines, then opened.
	...[30, 31].map((set) => ({name: `heldout-${set}`, folder: `test/fixtures/quotes-heldout-${set}`})),
	// Annotated for training only (never blind): six German articles, the weak side of the blind figures.
	{name: 'train-1', folder: 'test/fixtures/quotes-train-1'},
	// Eight more German articles for training (annotator J, eleventh session), scored fresh before they joined.
	{name: 'train-2', folder: 'test/fixtures/quotes-train-2'},
];

/** The opened sets' folders as absolute paths, in fold order. */
export function openedSetFolders(): string[] {
	return openedSets.map((set) => path.resolve(repositoryRoot, set.folder));
}
