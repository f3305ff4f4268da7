import { useState } from 'preact/hooks';
import { setApiKey } from '../api';
import { useApiKey } from '../hooks';

/**
 * Enter or forget the API key. The key stays in this tab's sessionStorage: it is sent with every request
 * of the tab as `Authorization: Bearer <key>`, never written anywhere else, and gone when the tab closes.
 */
export function KeyForm({ need, idPrefix = 'key' }: { need?: string; idPrefix?: string }) {
  const key = useApiKey();
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');
  const inputId = `${idPrefix}-input`;
  const helpId = `${idPrefix}-help`;

  return (
    <form
      class="key-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (draft.trim() === '') {
          setMessage('Type a key first.');
          return;
        }
        setApiKey(draft);
        setDraft('');
        setMessage('Key set for this tab.');
      }}
    >
      <p id={helpId} class="muted">
        {need ? `${need} ` : ''}
        {key
          ? `A key is set for this tab (…${key.slice(-4)}).`
          : 'No key is set: reads work without one unless the service says otherwise.'}{' '}
        The key is kept in this tab only (sessionStorage) and sent to this service alone.
      </p>
      <div class="field-row">
        <label htmlFor={inputId}>API key</label>
        <input
          id={inputId}
          name="apiKey"
          type="password"
          autoComplete="off"
          spellcheck={false}
          aria-describedby={helpId}
          value={draft}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit">Use key</button>
        {key ? (
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setApiKey(null);
              setMessage('Key forgotten.');
            }}
          >
            Forget key
          </button>
        ) : null}
      </div>
      <p role="status" class="muted">
        {message}
      </p>
    </form>
  );
}
