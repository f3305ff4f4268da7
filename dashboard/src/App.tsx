import { useEffect, useRef } from 'preact/hooks';
import { NotFound } from './components/common';
import { useApiKey } from './hooks';
import { AgreementPage } from './pages/AgreementPage';
import { ClaimPage } from './pages/ClaimPage';
import { ClaimsPage } from './pages/ClaimsPage';
import { DocumentPage } from './pages/DocumentPage';
import { GraphPage } from './pages/GraphPage';
import { IngestPage } from './pages/IngestPage';
import { KeyPage } from './pages/KeyPage';
import { MatchesPage } from './pages/MatchesPage';
import { SourcePage } from './pages/SourcePage';
import { SourcesPage } from './pages/SourcesPage';
import { interceptLinks, navigationCount, to, useLocation, type Location } from './router';

const NAV = [
  { href: to(), label: 'Claims', section: '' },
  { href: to('sources'), label: 'Sources', section: 'sources' },
  { href: to('agreement'), label: 'Agreement', section: 'agreement' },
  { href: to('matches'), label: 'Matches', section: 'matches' },
  { href: to('ingest'), label: 'Ingest', section: 'ingest' },
];

function page(location: Location) {
  const [section, id, sub] = location.parts;
  switch (section) {
    case undefined:
      return <ClaimsPage query={location.query} />;
    case 'claims':
      if (id === undefined) return <ClaimsPage query={location.query} />;
      if (sub === 'graph') return <GraphPage id={id} />;
      return <ClaimPage id={id} />;
    case 'sources':
      return id === undefined ? <SourcesPage query={location.query} /> : <SourcePage id={id} />;
    case 'agreement':
      return <AgreementPage query={location.query} />;
    case 'matches':
      return <MatchesPage query={location.query} />;
    case 'ingest':
      return <IngestPage />;
    case 'documents':
      if (id !== undefined) return <DocumentPage id={id} query={location.query} />;
      break;
    case 'key':
      return <KeyPage />;
  }
  return <NotFound what={`The dashboard has no page at ${location.path}.`} />;
}

export function App() {
  const location = useLocation();
  const key = useApiKey();
  const main = useRef<HTMLElement>(null);
  const section = location.parts[0] === 'claims' ? '' : (location.parts[0] ?? '');

  useEffect(() => interceptLinks(document), []);

  // After a move within the app, start at the top and put focus on the new page's heading, as a page load
  // would, so that keyboard and screen-reader users land on the new content.
  useEffect(() => {
    if (navigationCount() === 0) return;
    if (!location.hash) window.scrollTo(0, 0);
    const heading = main.current?.querySelector<HTMLElement>('h1');
    heading?.focus({ preventScroll: Boolean(location.hash) });
  }, [location.path]);

  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="site-header">
        <a class="brand" href={to()}>
          whosaid
        </a>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href} aria-current={section === item.section ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
            <li>
              <a href={to('key')} aria-current={section === 'key' ? 'page' : undefined}>
                {key ? 'API key: set' : 'API key'}
              </a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {page(location)}
      </main>
      <footer class="site-footer">
        <p>
          Data from this service's <a href="/graphql">GraphQL API</a>. Verdicts and credibility follow the
          rules in docs/analysis.md.
        </p>
      </footer>
    </>
  );
}
