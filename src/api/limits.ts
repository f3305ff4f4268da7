/**
 * What one request may ask of the service. Every limit refuses the request before any resolver runs, so a
 * refused query costs no Neo4j work; docs/operations.md ("Security") lists them with their codes. Page size
 * (`first`, 1 to 100) is checked where pages are read (src/api/pagination.ts), and each Neo4j transaction
 * has its own timeout (NEO4J_TX_TIMEOUT_MS).
 */

/**
 * Nesting of fields. The analyst's deepest useful path is seven levels
 * (claims > edges > node > supporters > statements > via > id), and a fragment spread adds one; ten leaves
 * room for that while stopping recursion through Source.memberOf, Statement.stances and Claim.supporters.
 * Introspection's `__schema` is not counted, so tools can still read the schema.
 */
export const MAX_DEPTH = 10;

/**
 * graphql-armor's cost: each field weighs 1 (a leaf) or 2 (an object) plus 1.5 times what it selects, and a
 * list argument `first: n` multiplies its field by n. One page of 100 claims with both sides, their sources,
 * statements, relays and documents weighs about 19,600; pages nested in pages (100 sources with 100
 * statements each, 10,000 rows) weigh hundreds of thousands. A `first` given as a variable, or left to its
 * default, counts once: armor reads only literals, so the page-size cap of 100 is what bounds those.
 */
export const MAX_COST = 50_000;

/**
 * Aliased fields per operation. Aliases are how one request asks the same field several times (agreement
 * between several pairs of sources); each aliased top-level field is one more Cypher query, so fifteen
 * allows a dashboard's worth while stopping one request from fanning out into hundreds of queries.
 */
export const MAX_ALIASES = 15;

/** Directives per operation. A client toggling parts of a query with @include/@skip uses a handful. */
export const MAX_DIRECTIVES = 20;

/**
 * Lexical tokens in the document, counted while it is parsed, before it is validated. The introspection
 * query that GraphQL tools send is about 190 tokens and the README's analyst queries under 100; bundles
 * for the ingest mutation travel as variables, which are not tokens of the document.
 */
export const MAX_TOKENS = 1000;

/**
 * Request body. The ingest mutation takes bundles in batches: one annotated article is about 40 kB
 * (data/), so 16 MB carries a few hundred. A body over this is refused with 413 before it is parsed.
 */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;
