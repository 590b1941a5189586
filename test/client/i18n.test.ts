import { describe, expect, it } from 'vitest';
import { loadLocale, translate, type MessageKey } from '../../client/i18n/index.js';
import { initialLanguage, languageFor } from '../../client/i18n/languages.js';

describe('the translation layer', () => {
  it('picks plural forms by count (Arabic six, Russian three) and formats numbers the locale’s way', async () => {
    await loadLocale('ru', ['participant']);
    await loadLocale('ar', ['participant']);
    expect(translate('en', 'lobby.count', { count: 1 })).toBe('1 person has joined');
    expect(translate('en', 'lobby.count', { count: 1200 })).toBe('1,200 people have joined');
    const ru = [1, 3, 5, 21].map((count) => translate('ru', 'lobby.count', { count }));
    expect(new Set(ru).size, ru.join(' | ')).toBe(4);
    expect(ru[3]).toContain('21');
    const ar = [0, 1, 2, 3, 11, 100].map((count) => translate('ar', 'lobby.count', { count }));
    expect(new Set(ar).size, ar.join(' | ')).toBe(6);
  });

  it('shows an unknown key as itself instead of failing', () => {
    expect(translate('en', 'phase.someday' as MessageKey)).toBe('phase.someday');
  });

  it('falls back to English for a language it does not have', () => {
    expect(translate('xx', 'phase.ranking')).toBe('Voting');
  });

  it('starts from ?lang=, then the browser, then English (the stored choice is covered in test/e2e/languages)', () => {
    expect(initialLanguage('?lang=ar', ['fr-FR']).tag).toBe('ar');
    expect(initialLanguage('', ['de-DE', 'zh-Hans-CN', 'en']).tag).toBe('zh');
    expect(initialLanguage('', ['de-DE']).tag).toBe('en');
    expect(languageFor('fr-CA')?.tag).toBe('fr');
  });
});
