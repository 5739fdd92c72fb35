// Reads vitest's JSON report and prints the one closing line CI reads: "N passed, N failed".
const fs = require('node:fs');
const [file, exitCode] = process.argv.slice(2);
let report;
try {
	report = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch {
	// No report at all means the run itself broke: count that as a failure, never as a pass.
	console.log(`0 passed, ${exitCode === '0' ? 0 : 1} failed`);
	process.exit(0);
}
const passed = report.numPassedTests ?? 0;
let failed = report.numFailedTests ?? 0;
// A suite that fails to load has no failed tests of its own; still a failure.
if (failed === 0 && (report.numFailedTestSuites ?? 0) > 0) failed = report.numFailedTestSuites;
if (failed === 0 && exitCode !== '0') failed = 1;
console.log(`${passed} passed, ${failed} failed`);
