import { checkHealth } from '../health';
import type { Context } from '../context';

export const healthResolvers = {
  Query: {
    health: (_: unknown, __: unknown, { db, state }: Context) => checkHealth(db, state),
  },
};
