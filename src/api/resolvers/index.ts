import { analysisResolvers } from './analysis';
import { claimResolvers } from './claims';
import { healthResolvers } from './health';
import { scalarResolvers } from './scalars';
import { searchResolvers } from './search';
import { sourceResolvers } from './sources';
import { statementResolvers } from './statements';

export const resolvers = [
  scalarResolvers,
  healthResolvers,
  claimResolvers,
  sourceResolvers,
  statementResolvers,
  searchResolvers,
  analysisResolvers,
];
