import { analysisResolvers } from './analysis';
import { auditResolvers } from './audit';
import { claimResolvers } from './claims';
import { healthResolvers } from './health';
import { mutationResolvers } from './mutations';
import { resolutionResolvers } from './resolution';
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
  resolutionResolvers,
  mutationResolvers,
  auditResolvers,
];
