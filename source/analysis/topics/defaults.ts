// Moved to config/default-topics.ts (review R #8: analysis reads no files; the topics are loaded at the edge and
// passed in). This re-export keeps the callers in other engineers' files working until they import from there.

export {defaultTopics, effectiveTopics, parseTopics} from '../../config/default-topics.js';
