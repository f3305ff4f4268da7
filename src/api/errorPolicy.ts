import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ErrorRequestHandler } from 'express';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { ApiConfig } from '../config';
import { neo4jFailure } from '../graph';
import { ErrorCode } from '../model';
import type { Logger } from '../runtime';
import { MAX_BODY_BYTES } from './limits';

/** The code of an error the service did not mean to raise; only these are masked in production. */
const UNEXPECTED = ErrorCode.InternalServerError;
/** Codes of failures that are the service's, not the caller's: operators must see them in the log. */
const LOGGED = new Set<string>([UNEXPECTED, ErrorCode.AuditFailed]);

/**
 * Neo4j stopped the transaction at its timeout (NEO4J_TX_TIMEOUT_MS, or the server's own limit): the
 * question was too expensive, not the service broken, so the caller is told so in every mode.
 */
export const isTransactionTimeout = (error: unknown): boolean =>
  neo4jFailure(unwrapResolverError(error)) === 'timeout';

const TIMEOUT_MESSAGE =
  'Neo4j stopped the query at the time limit set for every query. Ask for less (a smaller page, fewer ' +
  'nested fields) or ask the operator to raise NEO4J_TX_TIMEOUT_MS.';

/**
 * Shapes every error sent to clients. A Neo4j timeout gets the code TIMEOUT. In production an error without
 * a code of its own (a failure in Neo4j, the driver or the code) answers "Internal server error", and its
 * message, which may name queries or hosts, stays in the log (errorLogging); an error raised with a code
 * (BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, GRAPHQL_VALIDATION_FAILED...) keeps its message.
 */
export function formatError(api: ApiConfig) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { locations, path } = formatted;
    if (isTransactionTimeout(error)) {
      return { message: TIMEOUT_MESSAGE, locations, path, extensions: { code: ErrorCode.Timeout } };
    }
    if (!api.production || formatted.extensions?.code !== UNEXPECTED) return formatted;
    return { message: 'Internal server error', locations, path, extensions: { code: UNEXPECTED } };
  };
}

/**
 * Logs, with the operation's name, every error that is the service's fault rather than the caller's, and
 * each Neo4j timeout as a warning: operators see which questions outgrow the time limit.
 */
export function errorLogging(logger: Logger): ApolloServerPlugin {
  const log = (error: GraphQLError, operation: string | null | undefined) => {
    const fields = { operation: operation ?? '(anonymous)', path: error.path?.join('.') };
    const cause = unwrapResolverError(error);
    if (isTransactionTimeout(error)) logger.warn('Neo4j timed out a GraphQL operation', fields);
    else if (error.extensions.code === undefined || LOGGED.has(String(error.extensions.code))) {
      logger.error('GraphQL operation failed', {
        ...fields,
        error: cause instanceof Error ? (cause.stack ?? cause.message) : String(cause),
        ...(neo4jFailure(cause) === undefined ? {} : { neo4jCode: (cause as { code: string }).code }),
      });
    }
  };
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) log(error, operationName);
        },
      };
    },
  };
}

/**
 * Answers what express.json refuses (a body over the limit, malformed JSON, an unknown charset) as a
 * GraphQL-style JSON error with the status body-parser chose, and anything else that fails on /graphql
 * outside Apollo as a masked 500, rather than with express's HTML error page and its stack trace.
 */
export function requestErrors(logger: Logger): ErrorRequestHandler {
  const answer = (status: number, message: string, code: string) => ({
    status,
    body: { errors: [{ message, extensions: { code } }] },
  });
  // What body-parser (http-errors) puts on the errors it raises.
  const answerFor = (error: { status?: number; type?: string; message?: string; stack?: string }) => {
    if (error.type === 'entity.too.large') {
      const megabytes = MAX_BODY_BYTES / 1024 / 1024;
      return answer(
        413,
        `The request body is larger than the limit of ${megabytes} MB`,
        ErrorCode.PayloadTooLarge,
      );
    }
    if (error.type === 'entity.parse.failed')
      return answer(400, 'The request body is not valid JSON', ErrorCode.BadRequest);
    if (error.status !== undefined && error.status >= 400 && error.status < 500) {
      return answer(error.status, error.message ?? 'Bad request', ErrorCode.BadRequest);
    }
    logger.error('A request to /graphql failed outside GraphQL', { error: error.stack ?? error.message });
    return answer(500, 'Internal server error', UNEXPECTED);
  };
  return (error, _req, res, _next) => {
    const { status, body } = answerFor(error);
    res.status(status).json(body);
  };
}
