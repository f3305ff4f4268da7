// What other folders (bench) and the tests use of the command line: not the entry points themselves, which
// run when loaded.
export { runCli, CliInputError } from './runCli';
export { startService, SAMPLE_DATA_DIR } from './service';
export type { Service } from './service';
