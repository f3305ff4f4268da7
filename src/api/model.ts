import type { RowOf } from '../graph';
import { quantityFromColumns, type Quantity } from '../model';

/**
 * What the resolvers pass down as parents: the rows of the lookup queries, which already carry the API's
 * field names, with related nodes as ids that the loaders resolve only when a query asks for them.
 */
export type ClaimNode = Omit<RowOf<'findClaimsByIds'>, 'quantity'> & { quantity: Quantity | null };
export type SourceNode = RowOf<'findSourcesByIds'>;
export type StatementNode = RowOf<'findStatementsByIds'>;
export type DocumentNode = RowOf<'findDocumentsByIds'>;
export type StatementStanceNode = RowOf<'findStatementStances'>['stances'][number];

/** A claim as the API shows it: its figure read back from the stored properties. */
export const toClaim = (row: RowOf<'findClaimsByIds'>): ClaimNode => ({
  ...row,
  quantity: quantityFromColumns(row.quantity),
});
