import { formatNumber } from '../format';
import type { AlsoReportedAsFragment } from '../generated/operations';
import { to, withQuery } from '../router';
import { ClaimLink, Section, SourceLink } from './common';

type Item = AlsoReportedAsFragment['item'];

/**
 * The open suggestions that the item a page shows (a claim or a source) and another may be one: the other
 * item, how alike they are and why, and where to decide (the Matches page).
 */
export function AlsoReportedAs({
  self,
  kind,
  suggestions,
}: {
  self: string;
  kind: 'CLAIM' | 'SOURCE';
  suggestions: AlsoReportedAsFragment[];
}) {
  if (suggestions.length === 0) return null;
  return (
    <Section id="also-reported-as" title="Also reported as">
      <p class="muted">
        Resolution was not sure enough to make these one. Confirm or reject each on the{' '}
        <a href={withQuery(to('matches'), { kind })}>Matches</a> page.
      </p>
      <ul class="plain-list">
        {suggestions.map((suggestion) => {
          const other = suggestion.item?.id === self ? suggestion.candidate : suggestion.item;
          return (
            <li key={suggestion.id} data-suggestion={suggestion.id}>
              <OtherItem item={other} /> <span class="muted">score {formatNumber(suggestion.score)}</span>
              <ul>
                {suggestion.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

function OtherItem({ item }: { item: Item }) {
  if (item === null) return <span class="muted">an item removed or merged since</span>;
  return item.__typename === 'Claim' ? <ClaimLink claim={item} /> : <SourceLink source={item} />;
}
