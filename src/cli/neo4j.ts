import { loadDotEnv, readConfig } from '../config';
import {
  boltUri,
  browserUrl,
  localNeo4jFromConfig,
  runningPid,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../neo4jLocal';
import { runCli } from './runCli';

const USAGE = 'usage: npm run neo4j:start | npm run neo4j:stop | npm run neo4j:status';

void runCli(async () => {
  loadDotEnv();
  const server = localNeo4jFromConfig(readConfig().local);
  const say = (line: string) => console.log(line);
  switch (process.argv[2]) {
    case 'start': {
      const started = await startLocalNeo4j(server, say);
      say(
        started.alreadyRunning
          ? `Neo4j is already running (pid ${started.pid}).`
          : `Neo4j started in ${started.seconds.toFixed(1)} s (pid ${started.pid}).`,
      );
      say(`  Bolt:    ${boltUri(server)}\n  Browser: ${browserUrl(server)}\n  Folder:  ${server.home}`);
      return 0;
    }
    case 'stop': {
      const stopped = await stopLocalNeo4j(server);
      say(stopped ? `Neo4j (pid ${stopped.pid}) stopped.` : 'Neo4j was not running.');
      return 0;
    }
    case 'status': {
      const pid = runningPid(server);
      say(pid ? `Neo4j is running (pid ${pid}) at ${boltUri(server)}.` : 'Neo4j is not running.');
      return pid ? 0 : 3;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}, USAGE);
