#!/usr/bin/env node
// The lagebild executable as tsc builds it: parses the command line and runs the chosen command. The built
// executable dist/cli.js is the launcher of the bundle instead (scripts/bundle.mjs, launch/launcher.ts).

import {runCommandLine} from './cli-run.js';

process.exitCode = await runCommandLine();
