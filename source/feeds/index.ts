// The feed pipeline's public surface: fetch, decode, parse, refresh.

export {fetchFeed, userAgent, maxRedirects, type FetchResult, type FetchSettings, type Validators} from './fetch.js';
export {decodeFeedBytes, readFeedFile, charsetFromContentType, charsetFromXmlDeclaration, charsetFromBom, type DecodedText} from './decode.js';
export {parseFeedText, type ParseFeedOptions, type ParsedFeed} from './parse.js';
export {parseFeedDate} from './dates.js';
export {refreshFeeds} from './refresh.js';
export {FeedError, FetchError, ParseError} from './feed-error.js';
