import { GraphQLError } from 'graphql';
import { createAuthenticator, requireRole, type Caller } from '../../../src/api/auth';
import { readConfig } from '../../../src/config';

const api = readConfig({
  API_KEYS:
    'dashboard:reader:reader-key-0123456789,loader:writer:writer-key-0123456789,alice:admin:admin-key-0123456789',
}).api;
const authenticator = createAuthenticator(api);

/** What a call throws, as the code and HTTP status a client sees, and the message. */
function refusal(call: () => unknown) {
  try {
    call();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const http = error.extensions.http as { status: number } | undefined;
    return { code: error.extensions.code, status: http?.status, message: error.message };
  }
  throw new Error('expected a refusal');
}

describe('createAuthenticator', () => {
  it('knows nobody when no key is sent', () => {
    expect(authenticator.callerFor(undefined)).toBeNull();
    expect(authenticator.callerFor('  ')).toBeNull();
  });

  it("names a known key's holder and role, whatever the scheme's case and the spacing", () => {
    expect(authenticator.callerFor('Bearer reader-key-0123456789')).toEqual({
      name: 'dashboard',
      role: 'reader',
    });
    expect(authenticator.callerFor('bearer   admin-key-0123456789 ')).toEqual({
      name: 'alice',
      role: 'admin',
    });
  });

  it('refuses an unknown key with UNAUTHENTICATED and 401', () => {
    expect(refusal(() => authenticator.callerFor('Bearer reader-key-012345678'))).toEqual({
      code: 'UNAUTHENTICATED',
      status: 401,
      message: 'the API key is not known',
    });
  });

  it.each(['Basic cmVhZGVyOnNlY3JldA==', 'Bearer', 'Bearer two words', 'reader-key-0123456789'])(
    'refuses the malformed header %p with UNAUTHENTICATED and 401',
    (header) => {
      expect(refusal(() => authenticator.callerFor(header))).toEqual({
        code: 'UNAUTHENTICATED',
        status: 401,
        message: 'the Authorization header must be "Bearer <API key>"',
      });
    },
  );

  it('knows no key at all when none is configured', () => {
    const none = createAuthenticator(readConfig({}).api);
    expect(refusal(() => none.callerFor('Bearer reader-key-0123456789'))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});

describe('requireRole', () => {
  const reader: Caller = { name: 'dashboard', role: 'reader' };
  const writer: Caller = { name: 'loader', role: 'writer' };
  const admin: Caller = { name: 'alice', role: 'admin' };

  it('lets a role do what it and the roles below it may', () => {
    expect(requireRole(reader, 'reader', 'Reading')).toBe(reader);
    expect(requireRole(writer, 'reader', 'Reading')).toBe(writer);
    expect(requireRole(admin, 'writer', 'Loading bundles')).toBe(admin);
    expect(requireRole(admin, 'admin', 'Merging sources')).toBe(admin);
  });

  it('refuses a caller without a key with UNAUTHENTICATED and 401', () => {
    expect(refusal(() => requireRole(null, 'writer', 'Loading bundles'))).toEqual({
      code: 'UNAUTHENTICATED',
      status: 401,
      message: 'Loading bundles needs an API key with the writer role',
    });
  });

  it('refuses a role too low with FORBIDDEN and 403, naming the key', () => {
    expect(refusal(() => requireRole(reader, 'writer', 'Loading bundles'))).toEqual({
      code: 'FORBIDDEN',
      status: 403,
      message: "Loading bundles needs the writer role; the key 'dashboard' is a reader",
    });
    expect(refusal(() => requireRole(writer, 'admin', 'Merging sources'))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
