import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { currentLocale, setLocale } from './i18n/index.js';
import { startRuntime } from './session/runtime.js';
import './styles/base.css';
import './styles/components.css';
import './styles/screens.css';
import './styles/alliance.css';
import './styles/a11y.css';

startRuntime();
setLocale(currentLocale());

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
