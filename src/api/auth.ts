import { createHash, timingSafeEqual } from 'node:crypto';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ROLES, type ApiConfig, type Role } from '../config';
import { ErrorCode } from '../model';

/** Who is calling: the API key's name and role, or nobody when no key was sent. */
export type Caller = { name: string; role: Role } | null;

/** What a request's Authorization header proves. */
export interface Authenticator {
  /** The caller for a header; an unknown key or a malformed header fails with UNAUTHENTICATED. */
  callerFor(authorization: string | undefined): Caller;
}

const digest = (key: string) => createHash('sha256').update(key).digest();

export function createAuthenticator(config: ApiConfig): Authenticator {
  // Compared as digests of equal length in constant time, so that timing tells nothing about a key.
  const known = config.keys.map((k) => ({ name: k.name, role: k.role, digest: digest(k.key) }));
  return {
    callerFor(authorization) {
      if (authorization === undefined || authorization.trim() === '') return null;
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!match) throw unauthenticated('the Authorization header must be "Bearer <API key>"');
      const sent = digest(match[1] as string);
      const found = known.find((k) => timingSafeEqual(k.digest, sent));
      if (!found) throw unauthenticated('the API key is not known');
      return { name: found.name, role: found.role };
    },
  };
}

/**
 * Fails unless the caller's role is at least `role`: UNAUTHENTICATED without a key, FORBIDDEN with a key
 * whose role is too low.
 */
export function requireRole(caller: Caller, role: Role, what: string): { name: string; role: Role } {
  if (caller === null) throw unauthenticated(`${what} needs an API key with the ${role} role`);
  if (ROLES.indexOf(caller.role) < ROLES.indexOf(role)) {
    throw new GraphQLError(`${what} needs the ${role} role; the key '${caller.name}' is a ${caller.role}`, {
      extensions: { code: ErrorCode.Forbidden, http: { status: 403 } },
    });
  }
  return caller;
}

// A 401 names the scheme that would be accepted (RFC 9110, RFC 6750).
const unauthenticated = (message: string) =>
  new GraphQLError(message, {
    extensions: {
      code: ErrorCode.Unauthenticated,
      http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer']]) },
    },
  });
