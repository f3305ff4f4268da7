import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import type { ApiConfig } from '../config';
import { MAX_ALIASES, MAX_COST, MAX_DEPTH, MAX_DIRECTIVES, MAX_TOKENS } from './limits';

export interface Protection {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

/**
 * Armor prefixes every rejection with "Syntax Error:", which misleads: the query parsed, it is only too big.
 * The rule's own message ("Query depth limit of 10 exceeded, found 12.") is kept; Apollo gives it the code
 * GRAPHQL_VALIDATION_FAILED and HTTP 400, as for any validation error.
 */
const reportLimit = (context: ValidationContext | null, error: GraphQLError) =>
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
const rejection = { propagateOnRejection: false, onReject: [reportLimit] };

/** The limits of src/api/limits.ts as Apollo options: graphql-armor's rules and graphql-js's token cap. */
export function protection(api: ApiConfig): Protection {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: MAX_DEPTH, ...rejection },
    costLimit: { maxCost: MAX_COST, ...rejection },
    maxAliases: { n: MAX_ALIASES, ...rejection },
    maxDirectives: { n: MAX_DIRECTIVES, ...rejection },
    // Armor's token plugin parses the document a second time in a hook, and any syntax error it meets there
    // becomes an HTTP 500 (graphql-armor issues #571 and #751); graphql-js counts the same tokens in the
    // parse Apollo runs anyway (parseOptions below) and fails with GRAPHQL_PARSE_FAILED and HTTP 400.
    maxTokens: { enabled: false },
    // "Did you mean ...?" would reveal the schema's field names to whoever cannot introspect it.
    blockFieldSuggestion: { enabled: api.production || !api.introspection },
  }).protect();
  return { plugins, validationRules, parseOptions: { maxLexicalTokens: MAX_TOKENS } };
}
