/**
 * Every error code the service gives clients, in GraphQL's `extensions.code` and in the JSON bodies it
 * answers outside GraphQL. Codes that graphql-js and Apollo raise themselves (GRAPHQL_VALIDATION_FAILED,
 * GRAPHQL_PARSE_FAILED, BAD_REQUEST from Apollo) keep their names; docs/api.md lists what each means.
 */
export enum ErrorCode {
  /** An argument is wrong: the message says which and why. */
  BadUserInput = 'BAD_USER_INPUT',
  /** A mutation named something that does not exist. */
  NotFound = 'NOT_FOUND',
  /** No API key, or an unknown one, where one is needed. */
  Unauthenticated = 'UNAUTHENTICATED',
  /** The key's role is too weak for what was asked. */
  Forbidden = 'FORBIDDEN',
  /** Neo4j stopped the query at the time limit. */
  Timeout = 'TIMEOUT',
  /** A mutation's audit entry could not be written, so the mutation was undone. */
  AuditFailed = 'AUDIT_FAILED',
  /** The request body is over the size limit. */
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  /** The request is not a GraphQL request the server can read (malformed JSON, bad charset). */
  BadRequest = 'BAD_REQUEST',
  /** Anything the service did not mean to raise; masked in production. */
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}
