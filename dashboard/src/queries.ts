// Every GraphQL document the dashboard sends: the files in operations/, sent as they are (imported as text
// by Vite's `?raw`), each given the types of its answer and variables from generated/operations.ts, which
// `npm run generate:dashboard-types` derives from the schema. tests/unit/dashboard/operations.test.ts
// validates them against schema/*.graphql and fails when the generated types are out of date.
import { literal, type Operation } from './api';
import { agreementQuery as buildAgreementQuery, type AgreementQuery } from './agreementQuery';
import type * as T from './generated/operations';
import agreementPair from './operations/AgreementPair.graphql?raw';
import claim from './operations/Claim.graphql?raw';
import claimGraph from './operations/ClaimGraph.graphql?raw';
import claims from './operations/Claims.graphql?raw';
import confirmMatch from './operations/ConfirmMatch.graphql?raw';
import document from './operations/Document.graphql?raw';
import filterOptions from './operations/FilterOptions.graphql?raw';
import ingest from './operations/Ingest.graphql?raw';
import matchSuggestions from './operations/MatchSuggestions.graphql?raw';
import matrixSources from './operations/MatrixSources.graphql?raw';
import rejectMatch from './operations/RejectMatch.graphql?raw';
import setReliability from './operations/SetReliability.graphql?raw';
import source from './operations/Source.graphql?raw';
import sources from './operations/Sources.graphql?raw';

export const CLAIMS = claims as Operation<T.ClaimsQuery, T.ClaimsQueryVariables>;
export const FILTER_OPTIONS = filterOptions as Operation<T.FilterOptionsQuery, T.FilterOptionsQueryVariables>;
export const CLAIM = claim as Operation<T.ClaimQuery, T.ClaimQueryVariables>;
export const GRAPH = claimGraph as Operation<T.ClaimGraphQuery, T.ClaimGraphQueryVariables>;
export const SOURCES = sources as Operation<T.SourcesQuery, T.SourcesQueryVariables>;
export const SOURCE = source as Operation<T.SourceQuery, T.SourceQueryVariables>;
export const SET_RELIABILITY = setReliability as Operation<
  T.SetReliabilityMutation,
  T.SetReliabilityMutationVariables
>;
export const MATRIX_SOURCES = matrixSources as Operation<T.MatrixSourcesQuery, T.MatrixSourcesQueryVariables>;
export const DOCUMENT = document as Operation<T.DocumentQuery, T.DocumentQueryVariables>;
export const INGEST = ingest as Operation<T.IngestMutation, T.IngestMutationVariables>;
export const MATCH_SUGGESTIONS = matchSuggestions as Operation<
  T.MatchSuggestionsQuery,
  T.MatchSuggestionsQueryVariables
>;
export const CONFIRM_MATCH = confirmMatch as Operation<
  T.ConfirmMatchMutation,
  T.ConfirmMatchMutationVariables
>;
export const REJECT_MATCH = rejectMatch as Operation<T.RejectMatchMutation, T.RejectMatchMutationVariables>;

/** agreement(a, b) for each pair, as aliases p0, p1, ... (at most 15 a request). */
export const agreementQuery = (pairs: [string, string][]) =>
  buildAgreementQuery(pairs, literal, agreementPair) as Operation<AgreementQuery, Record<string, never>>;
