// The function text around the bundle (dist/bundle/cli.cjs): Node's CommonJS module wrapper, written at build time.

/*
 * Node wraps a CommonJS module in a function of exports, require, module, __filename and __dirname; the bundle's file
 * holds that function already (scripts/bundle.mjs gives esbuild this text as banner and footer), so the loader
 * compiles the file as it is read: wrapping it at start copied the whole source once more (+7 MB at the first frame).
 * One more parameter: `import.meta` of the bundled ES modules. Strict, as the ES module bundle was.
 */

export const bundleWrapperStart = '(function (exports, require, module, __filename, __dirname, __lagebildImportMeta) {\'use strict\';';
export const bundleWrapperEnd = '})';
