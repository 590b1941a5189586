import { useId, useState, type FormEvent } from 'react';
import { formatRoomCode, normalizeRoomCode } from '../../../shared/session/room-code.js';
import { useT } from '../../i18n/index.js';
import { navigate } from '../../router.js';

/** The room code field: with or without the dash, any case, look-alike letters forgiven. */
export function JoinCodeForm() {
  const t = useT();
  const id = useId();
  const [raw, setRaw] = useState('');
  const [invalid, setInvalid] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const code = normalizeRoomCode(raw);
    if (!code) {
      setInvalid(true);
      return;
    }
    navigate(`/join/${formatRoomCode(code)}`);
  }

  return (
    <form onSubmit={submit} noValidate className="form">
      <div className="field">
        <label htmlFor={`${id}-code`}>{t('landing.join.codeLabel')}</label>
        <input
          id={`${id}-code`}
          className="input input--code"
          value={raw}
          onChange={(event) => {
            setRaw(event.target.value);
            setInvalid(false);
          }}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          inputMode="text"
          placeholder="K7PX-3M9Q"
          aria-invalid={invalid}
          aria-describedby={`${id}-hint`}
          maxLength={20}
        />
        <p id={`${id}-hint`} className={invalid ? 'field__error' : 'field__hint'} role={invalid ? 'alert' : undefined}>
          {invalid ? t('landing.join.codeInvalid') : t('landing.join.codeHint')}
        </p>
      </div>
      <button type="submit" className="button button--primary button--wide">
        {t('landing.join.submit')}
      </button>
    </form>
  );
}
