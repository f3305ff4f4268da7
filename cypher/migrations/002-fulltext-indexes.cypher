// Full-text indexes behind search and the text filters. The standard-folding analyzer lower-cases and
// folds diacritics (Akàyev finds Akayev). Aliases are indexed beside names, so any alias finds its source.
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (c:Claim) ON EACH [c.text]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX statement_quote IF NOT EXISTS FOR (st:Statement) ON EACH [st.quote]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX source_name IF NOT EXISTS FOR (n:Source|Alias) ON EACH [n.name]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
