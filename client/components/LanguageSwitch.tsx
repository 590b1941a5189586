import { setLocale, useLocale, useT } from '../i18n/index.js';
import { LanguageSelect } from './LanguageSelect.js';

/** This device's language, kept across reloads; the projector takes its own from its link instead. */
export function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  return (
    <LanguageSelect
      className="language-switch"
      label={t('language.label')}
      value={locale}
      onChange={(tag) => void setLocale(tag, { remember: true })}
    />
  );
}
