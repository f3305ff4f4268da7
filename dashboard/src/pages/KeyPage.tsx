import { KeyForm } from '../components/KeyForm';
import { usePageTitle } from '../hooks';

export function KeyPage() {
  usePageTitle('API key');
  return (
    <section>
      <h1 tabIndex={-1}>API key</h1>
      <p>
        Reading needs no key unless the service is set up with <code>READS_NEED_KEY=true</code>. Loading
        bundles needs a key with the <em>writer</em> or <em>admin</em> role; rating a source's reliability
        needs an <em>admin</em> key. Keys are configured on the service (<code>API_KEYS</code>).
      </p>
      <KeyForm idPrefix="key-page" />
    </section>
  );
}
