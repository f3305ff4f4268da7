import { healthResolvers } from './health';

export const resolvers = [healthResolvers];
