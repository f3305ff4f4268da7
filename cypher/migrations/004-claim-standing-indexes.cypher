// Claims are filtered by their stored verdict and ordered by how contested they are; stale verdicts are
// found to be refreshed.
CREATE INDEX claim_status IF NOT EXISTS FOR (c:Claim) ON (c.status);
CREATE INDEX claim_contest IF NOT EXISTS FOR (c:Claim) ON (c.contest);
CREATE INDEX claim_stale IF NOT EXISTS FOR (c:Claim) ON (c.stale);
