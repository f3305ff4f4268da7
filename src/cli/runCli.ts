import { ConfigError } from '../config';
import { LocalNeo4jError } from '../neo4jLocal';

/** A mistake in what the user gave a command (a missing file, a bundle that is not JSON): said in one line. */
export class CliInputError extends Error {}

/**
 * Runs a command-line entry point: its result is the exit code. `--help` prints the usage; arguments the
 * command does not know print why and the usage (exit 2); an expected failure (bad input, bad configuration,
 * Neo4j that would not start) prints its message alone (exit 1); anything else its stack as well.
 */
export async function runCli(
  main: () => Promise<number>,
  usage: string,
  args: readonly string[] = process.argv.slice(2),
): Promise<void> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exitCode = 0;
    return;
  }
  try {
    process.exitCode = await main();
  } catch (error) {
    if (isArgumentError(error)) {
      console.error(`${error.message}\n${usage}`);
      process.exitCode = 2;
      return;
    }
    const expected =
      error instanceof CliInputError || error instanceof ConfigError || error instanceof LocalNeo4jError;
    console.error(expected ? (error as Error).message : error);
    process.exitCode = 1;
  }
}

/** node:util parseArgs's refusals (an unknown option, a missing value) carry codes ERR_PARSE_ARGS_*. */
function isArgumentError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
