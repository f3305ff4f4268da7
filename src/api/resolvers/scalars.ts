import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';

export const scalarResolvers = {
  // Bundles are passed through as they come; the ingest path validates them against the bundle schema and
  // says where each one is wrong.
  JSON: new GraphQLScalarType({
    name: 'JSON',
    description: 'Any JSON value.',
    serialize: (value) => value,
    parseValue: (value) => value,
    parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
  }),
};
