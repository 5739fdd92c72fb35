// Writes dist/default-feeds.json: the bundled feeds/default.opml parsed once at build time, so a launch need not.

import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// tsc's output, not the bundle: the same parser the app falls back to when the file is stale or missing.
const {defaultFeedsBuildFile, parseDefaultFeeds} = await import('../dist/commands/default-feeds.js');
const opml = readFileSync(path.join(root, 'feeds', 'default.opml'), 'utf8');
writeFileSync(defaultFeedsBuildFile(), `${JSON.stringify({opml, feeds: parseDefaultFeeds(opml)})}\n`);
