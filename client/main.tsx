import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { currentLocale, setLocale } from './i18n/index.js';
import { startRuntime } from './session/runtime.js';
import './styles/index.css';

startRuntime();
setLocale(currentLocale());

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
