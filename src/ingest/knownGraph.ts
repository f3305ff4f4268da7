import type { QueryRunner } from '../graph';
import type { KnownGraph } from './checkBundle';
import { aliasKey, type Bundle } from '../model';
import type { BundlePlan } from './plan';

/** A stored document's content hash, and each of its statements' hashes by id. */
export interface DocumentState {
  hash: string;
  statements: Map<string, string>;
}

/**
 * What a run knows beyond the bundle being checked: what the database held when the batch began (fetched
 * in one round of queries per batch) and what earlier bundles of the same run added.
 */
export class RunKnowledge implements KnownGraph {
  private readonly sourceByKey = new Map<string, string>();
  private readonly mergedFromByKey = new Map<string, string>();
  private readonly claims = new Set<string>();
  private readonly mergedClaims = new Map<string, string>();
  private readonly memberships = new Map<string, Set<string>>();
  private readonly spokesmen = new Map<string, string>();
  private readonly statementDocument = new Map<string, string>();
  private readonly documentStates = new Map<string, DocumentState>();

  sourceForKey = (key: string) => this.sourceByKey.get(key);
  mergedFrom = (key: string) => this.mergedFromByKey.get(key);
  claimExists = (id: string) => this.claims.has(id);
  claimMergedInto = (id: string) => this.mergedClaims.get(id);
  parentsOf = (id: string) => ({
    memberOf: [...(this.memberships.get(id) ?? [])],
    speaksFor: this.spokesmen.get(id),
  });
  documentOfStatement = (id: string) => this.statementDocument.get(id);
  documentState = (id: string) => this.documentStates.get(id);

  /**
   * Fetches from the database what checking these bundles needs to know, in one read transaction. What
   * this run has already accepted wins over what the database says, which holds the same unless another
   * writer changed it since.
   */
  async prefetch(
    tx: QueryRunner,
    bundles: Bundle[],
    documentIds: string[],
    statementIds: string[],
  ): Promise<void> {
    const keys = new Set<string>();
    const claimIds = new Set<string>();
    for (const bundle of bundles) {
      for (const source of bundle.sources ?? []) {
        // A provisional source's name becomes an alias of the source it joins, unless it names another.
        const name = bundle.provisional === true ? source.name : undefined;
        [source.id, name, ...(source.aliases ?? []), ...(source.memberOf ?? []), source.speaksFor].forEach(
          (ref) => ref !== undefined && keys.add(aliasKey(ref)),
        );
      }
      for (const claim of bundle.claims ?? []) {
        [claim.id, ...(claim.supports ?? []), ...(claim.contradicts ?? [])].forEach((id) => claimIds.add(id));
      }
      for (const statement of bundle.statements ?? []) {
        [statement.source, ...(statement.via ?? [])].forEach((ref) => keys.add(aliasKey(ref)));
        statement.stances.forEach(({ claim }) => claimIds.add(claim));
        statement.retracts?.forEach((claim) => claimIds.add(claim));
      }
    }
    const owners = await tx.run('findSourcesByAliasKeys', { keys: [...keys] });
    owners.forEach(({ key, sourceId, mergedFrom }) => {
      setIfAbsent(this.sourceByKey, key, sourceId);
      if (mergedFrom !== null) setIfAbsent(this.mergedFromByKey, key, mergedFrom);
    });
    (await tx.run('findExistingClaims', { ids: [...claimIds] })).forEach(({ id }) => this.claims.add(id));
    (await tx.run('findMergedClaims', { ids: [...claimIds] })).forEach(({ id, claimId }) =>
      setIfAbsent(this.mergedClaims, id, claimId),
    );
    // A new edge a -> b closes a cycle only if b already reaches a, so only what lies above the targets of
    // the batch's memberOf and speaksFor edges is needed (earlier batches fetched what lies above theirs).
    const targets = new Set(
      bundles
        .flatMap((b) =>
          (b.sources ?? []).flatMap((s) => [
            ...(s.memberOf ?? []),
            ...(s.speaksFor === undefined ? [] : [s.speaksFor]),
          ]),
        )
        .map(aliasKey),
    );
    const involved = [...new Set(owners.filter((o) => targets.has(o.key)).map((o) => o.sourceId))];
    (await tx.run('findSourceAncestry', { ids: involved })).forEach(({ from, to, type }) => {
      if (type === 'MEMBER_OF') this.addMembership(from, to);
      else if (!this.spokesmen.has(from)) this.spokesmen.set(from, to);
    });
    (await tx.run('findStatementDocuments', { ids: statementIds })).forEach(({ id, documentId }) =>
      setIfAbsent(this.statementDocument, id, documentId),
    );
    (await tx.run('findDocumentStates', { ids: documentIds })).forEach(({ id, hash, statements }) =>
      setIfAbsent(this.documentStates, id, {
        hash,
        statements: new Map(statements.map((s) => [s.id, s.hash])),
      }),
    );
  }

  /** Records what a valid bundle adds, so that later bundles of the run may refer to it. */
  accept(plan: BundlePlan): void {
    plan.aliases.forEach(({ key, sourceId }) => this.sourceByKey.set(key, sourceId));
    plan.claims.forEach(({ id }) => this.claims.add(id));
    plan.memberships.forEach(({ from, to }) => this.addMembership(from, to));
    plan.spokesmen.forEach(({ from, to }) => this.spokesmen.set(from, to));
    plan.statements.forEach(({ id }) => this.statementDocument.set(id, plan.document.id));
    this.documentStates.set(plan.document.id, {
      hash: plan.document.hash,
      statements: new Map(plan.statements.map((s) => [s.id, s.hash])),
    });
  }

  private addMembership(from: string, to: string): void {
    const set = this.memberships.get(from) ?? new Set<string>();
    set.add(to);
    this.memberships.set(from, set);
  }
}

function setIfAbsent<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (!map.has(key)) map.set(key, value);
}
