// The hint for an emptied feed list, apart so that `lagebild refresh` does not load the feeds command (and its OPML parser) for one sentence.

/** What to say when the user's feed list is empty (they removed every feed): how to add one. */
export const emptyListHint = 'Your feed list is empty. Add a feed with: lagebild feeds add URL (in the app: f for the feed manager, then a).';
