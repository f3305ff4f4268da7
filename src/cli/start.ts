import { loadDotEnv, readConfig } from '../config';
import { createLogger } from '../log';
import { startService } from '../service';
import { runCli } from './runCli';

runCli(async () => {
  loadDotEnv();
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const service = await startService(config, logger);
  logger.info(`whosaid is ready at ${service.url}`);

  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      logger.info(`${signal} received: finishing in-flight requests, then stopping`);
      service.stop().then(resolve, (error: Error) => {
        logger.error(`Shutdown failed: ${error.message}`);
        resolve();
      });
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  });
  logger.info('Stopped');
  return 0;
});
