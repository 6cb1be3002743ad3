// Single sign-on through OpenID Connect (authorization code with PKCE, state and nonce).
import * as client from 'openid-client';
import type { Config } from '../config/config.ts';

export interface OidcStart {
  url: URL;
  /** Kept in a short-lived HttpOnly cookie until the provider sends the user back. */
  pending: { verifier: string; state: string; nonce: string; next: string };
}

export interface OidcIdentity {
  subject: string;
  email: string | null;
  name: string | null;
}

export function oidcClient(config: NonNullable<Config['oidc']>, redirectUri: string) {
  let discovered: Promise<client.Configuration> | undefined;
  const issuer = new URL(config.issuer);
  const configuration = () => {
    discovered ??= client
      .discovery(issuer, config.clientId, config.clientSecret, undefined, issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined)
      .catch((err) => {
        // Try again next time: the provider may have been down.
        discovered = undefined;
        throw err;
      });
    return discovered;
  };
  return {
    async start(next: string): Promise<OidcStart> {
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(await configuration(), {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url, pending: { verifier, state, nonce, next } };
    },
    async finish(currentUrl: URL, pending: OidcStart['pending']): Promise<OidcIdentity> {
      const tokens = await client.authorizationCodeGrant(await configuration(), currentUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims()!;
      const email = typeof claims.email === 'string' && claims.email_verified !== false ? claims.email.toLowerCase() : null;
      return { subject: `${claims.iss}|${claims.sub}`, email, name: typeof claims.name === 'string' ? claims.name : null };
    },
  };
}
