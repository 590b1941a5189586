import { useState, type FormEvent } from 'react';
import { TEXT_LIMITS } from '../../../shared/session/limits.js';
import { formatRoomCode, normalizeRoomCode } from '../../../shared/session/room-code.js';
import { TextField } from '../../components/form/TextField.js';
import { useT } from '../../i18n/index.js';
import { navigate } from '../../router.js';

/** The room code field: with or without the dash, any case, look-alike letters forgiven. */
export function JoinCodeForm() {
  const t = useT();
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
      <TextField
        label={t('landing.join.codeLabel')}
        inputClassName="input--code"
        value={raw}
        onChange={(next) => {
          setRaw(next);
          setInvalid(false);
        }}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        inputMode="text"
        placeholder="K7PX-3M9Q"
        invalid={invalid}
        maxLength={TEXT_LIMITS.roomCodeInput}
        hint={invalid ? t('landing.join.codeInvalid') : t('landing.join.codeHint')}
        hintIsError={invalid}
        announce={invalid}
      />
      <button type="submit" className="button button--primary button--wide">
        {t('landing.join.submit')}
      </button>
    </form>
  );
}
