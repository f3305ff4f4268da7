import { loadDotEnv, readConfig } from '../config';
import { createLogger } from '../runtime';
import { startService } from './service';
import { runCli } from './runCli';

const USAGE = 'usage: npm start (configured by .env; docs/operations.md lists every setting)';

void runCli(async () => {
  loadDotEnv();
  const config = readConfig();
  const logger = createLogger(config.logLevel);

  // Signals are taken from the start: one that arrives while Neo4j is still starting stops everything
  // once start-up is done, rather than killing the process and orphaning a Neo4j it started.
  const signalled = new Promise<string>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        logger.info(`${signal} received: finishing in-flight requests, then stopping`);
        resolve(signal);
      });
    }
  });
  const service = await startService(config, logger);
  logger.info(`whosaid is ready at ${service.url}`);
  await signalled;
  await service.stop();
  logger.info('Stopped');
  return 0;
}, USAGE);
