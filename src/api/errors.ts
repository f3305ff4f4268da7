import { GraphQLError } from 'graphql';
import { ErrorCode } from '../model';

/** Bad arguments: the message says which and why. */
export const badUserInput = (message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput } });

/** A mutation named something that does not exist (queries answer null or an empty list instead). */
export const notFound = (message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.NotFound } });
