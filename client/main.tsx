import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { setLocale } from './i18n/index.js';
import { initialLanguage } from './i18n/languages.js';
import { keepViewsOnDevice } from './pwa/offline-views.js';
import { startRuntime } from './session/runtime.js';
import './styles/index.css';

keepViewsOnDevice();
startRuntime();

// The first view waits for its language's messages (a small chunk, precached for phones), so
// nobody sees English flash before their own language.
void setLocale(initialLanguage(window.location.search, navigator.languages).tag).finally(() => {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

// After the first view, not before it: the service worker (offline reloads) and the check that
// this page runs the deployed build. Development has neither.
if (import.meta.env.PROD) {
  window.addEventListener('load', () => void import('./pwa/updates.js').then((m) => m.keepCurrent()), { once: true });
}
