// Claims are filtered by their stored verdict and ordered by how contested they are.
CREATE INDEX claim_status IF NOT EXISTS FOR (c:Claim) ON (c.status);
CREATE INDEX claim_contest IF NOT EXISTS FOR (c:Claim) ON (c.contest);
