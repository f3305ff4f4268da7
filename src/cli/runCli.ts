import { ConfigError } from '../config';
import { LocalNeo4jError } from '../neo4jLocal';

/**
 * Runs a command-line entry point: its result is the exit code; an expected failure (bad configuration,
 * Neo4j that would not start) prints its message alone, anything else its stack as well.
 */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const expected = error instanceof ConfigError || error instanceof LocalNeo4jError;
      console.error(expected ? (error as Error).message : error);
      process.exitCode = 1;
    },
  );
}
