import { GraphQLError } from 'graphql';
import { errorLogging } from '../../../src/api/errorPolicy';
import type { Logger } from '../../../src/runtime/log';

describe('errorLogging', () => {
  const logged = async (error: GraphQLError) => {
    const lines: string[] = [];
    const logger: Logger = {
      error: (message) => lines.push(`error ${message}`),
      warn: (message) => lines.push(`warn ${message}`),
      info: () => {},
      debug: () => {},
    };
    const listener = await errorLogging(logger).requestDidStart?.({} as never);
    await listener?.didEncounterErrors?.({ errors: [error], operationName: 'op' } as never);
    return lines;
  };

  it("logs the service's own failures, an audit entry that could not be written among them", async () => {
    expect(await logged(new GraphQLError('boom'))).toEqual(['error GraphQL operation failed']);
    expect(await logged(new GraphQLError('not recorded', { extensions: { code: 'AUDIT_FAILED' } }))).toEqual([
      'error GraphQL operation failed',
    ]);
  });

  it("leaves the caller's mistakes out of the log", async () => {
    expect(await logged(new GraphQLError('bad', { extensions: { code: 'BAD_USER_INPUT' } }))).toEqual([]);
    expect(await logged(new GraphQLError('who?', { extensions: { code: 'UNAUTHENTICATED' } }))).toEqual([]);
  });
});
