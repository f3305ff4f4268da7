import type {
  AliasRow,
  ClaimRow,
  DocumentRow,
  EdgeRow,
  MembershipRow,
  ResolutionRow,
  SourceRow,
  StatementRow,
  SuggestionRow,
} from '../graph';

/** What one valid bundle writes, with every reference resolved to a canonical id. */
export interface BundlePlan {
  document: DocumentRow;
  sources: SourceRow[];
  aliases: AliasRow[];
  memberships: MembershipRow[];
  spokesmen: EdgeRow[];
  claims: ClaimRow[];
  claimSupports: EdgeRow[];
  claimContradictions: EdgeRow[];
  statements: StatementRow[];
  /** What each provisional item became, and the matches suggested (empty for an authoritative bundle). */
  resolutions: ResolutionRow[];
  suggestions: SuggestionRow[];
}
