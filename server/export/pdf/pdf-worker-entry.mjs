// Entry of the PDF worker thread. The server runs TypeScript through tsx, whose loader a worker
// thread does not inherit on Node 20, so the worker registers it before loading its code.
import { register } from 'tsx/esm/api';

register();
await import('./pdf-worker.ts');
