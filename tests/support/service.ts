import { readConfig } from '../../src/config';
import { silentLogger } from '../../src/runtime/log';
import { startService, type Service } from '../../src/cli/service';
import { freePort } from '../../src/runtime/freePort';

/** Starts the whole service, as `npm start` does, against the test Neo4j and on a free port. */
export async function startTestService(env: Record<string, string> = {}): Promise<Service> {
  const config = readConfig({ ...process.env, PORT: String(await freePort()), ...env });
  return startService(config, silentLogger);
}
