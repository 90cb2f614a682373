import { createHash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * The one inline stylesheet the UI needs: Cytoscape.js inserts this <style> element when it
 * renders. Allowing exactly its hash keeps `style-src` free of 'unsafe-inline'. React style
 * props and Cytoscape's canvas styles go through the CSSOM, which CSP does not restrict.
 */
export const CYTOSCAPE_STYLESHEET = '.__________cytoscape_container { position: relative; }';

function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Security headers on every response: a CSP the built UI passes (scripts and styles from
 * its own origin only; the Vite build has no inline scripts), nosniff, no framing, no
 * referrer. HSTS only reaches clients over HTTPS (see `hstsOverHttps`).
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", sha256Source(CYTOSCAPE_STYLESHEET)],
        // PNG and SVG exports are blob: / data: URLs made in the page.
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    xFrameOptions: { action: 'deny' },
    // Sent by hstsOverHttps instead: over plain HTTP it would only confuse.
    strictTransportSecurity: false,
  });
}

/**
 * Strict-Transport-Security when the request reached us over HTTPS: directly, or through
 * a trusted proxy (TRUST_PROXY_HOPS) that says so in X-Forwarded-Proto.
 */
export function hstsOverHttps(req: Request, res: Response, next: NextFunction): void {
  if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  next();
}
