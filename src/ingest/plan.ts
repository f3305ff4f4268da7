import type {
  AliasRow,
  ClaimRow,
  DocumentRow,
  EdgeRow,
  MembershipRow,
  SourceRow,
  StatementRow,
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
}
