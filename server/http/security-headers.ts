import helmet from 'helmet';

/**
 * Helmet's headers with a Content-Security-Policy the built client runs under: scripts and
 * styles from our own origin, QR codes as data: images, sockets to our own origin, the service
 * worker (/sw.js, for offline reloads) from our own origin only. No upgrade of
 * http requests, because the app is often served over plain http on a venue's LAN.
 */
export const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: true,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'connect-src': ["'self'"],
      'worker-src': ["'self'"],
      'font-src': ["'self'", 'data:'],
      'object-src': ["'none'"],
      'frame-ancestors': ["'none'"],
      'upgrade-insecure-requests': null,
    },
  },
  strictTransportSecurity: false,
});
