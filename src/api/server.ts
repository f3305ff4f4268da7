import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { AnalysisOptions } from '../analysis';
import type { ApiConfig } from '../config';
import type { Database } from '../graph';
import type { Logger } from '../runtime';
import { createAuthenticator, requireRole } from './auth';
import { serveDashboard } from './dashboard';
import type { Context } from './context';
import { errorLogging, formatError, requestErrors } from './errorPolicy';
import { checkHealth, type ServiceState } from './health';
import { MAX_BODY_BYTES } from './limits';
import { createLoaders } from './loaders';
import { protection } from './protection';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './typeDefs';

export interface ServerOptions {
  db: Database;
  state: ServiceState;
  logger: Logger;
  host: string;
  port: number;
  api: ApiConfig;
  analysis: AnalysisOptions;
}

export interface RunningServer {
  url: string;
  /** Stops taking requests, lets in-flight ones finish, then resolves. */
  stop(): Promise<void>;
}

/** Serves GraphQL at /graphql, and /healthz and /readyz for operators and orchestrators. */
export async function startServer({
  db,
  state,
  logger,
  host,
  port,
  api,
  analysis,
}: ServerOptions): Promise<RunningServer> {
  const authenticator = createAuthenticator(api);
  const app = express();
  const httpServer = http.createServer(app);
  const limits = protection(api);
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    logger,
    plugins: [...limits.plugins, errorLogging(logger), ApolloServerPluginDrainHttpServer({ httpServer })],
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    introspection: api.introspection,
    // Set from the configuration rather than left to Apollo, which reads NODE_ENV itself.
    includeStacktraceInErrorResponses: !api.production,
    formatError: formatError(api),
    // Apollo would otherwise catch SIGINT/SIGTERM itself and re-raise them once it has stopped, killing the
    // process before the driver is closed and a local Neo4j stopped; src/cli/start.ts owns the signals.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  // Answers while the process is up: a liveness probe.
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // The dashboard (dashboard/, built into dist/dashboard), a client of /graphql like any other.
  serveDashboard(app);
  // Answers 200 only when Neo4j answers and the migrations are applied: a readiness probe.
  app.get('/readyz', async (_req, res) => {
    const report = await checkHealth(db, state);
    res.status(report.status === 'OK' ? 200 : 503).json(report);
  });
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY_BYTES }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => {
        const caller = authenticator.callerFor(req.headers.authorization);
        if (api.readsNeedKey) requireRole(caller, 'reader', 'Reading');
        return { db, state, caller, analysis, loaders: createLoaders(db) };
      },
    }),
    requestErrors(logger),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, resolve);
  });
  const address = httpServer.address() as AddressInfo;
  const url = `http://${host}:${address.port}/graphql`;
  logger.info(`GraphQL at ${url}`);
  return { url, stop: () => apollo.stop() };
}
