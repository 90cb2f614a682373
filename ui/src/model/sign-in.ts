/** What the sign-in and reset pages say. Pure, so the wording rules are unit tested. */

const SSO_MESSAGES: Record<string, string> = {
  'no-account':
    'Single sign-on worked, but no Interweave account has that email address. Ask an administrator to create one for you.',
  unverified:
    'Your identity provider did not confirm your email address, so Interweave cannot match it to an account.',
  failed: 'Single sign-on did not complete. Try again, or sign in with your password.',
  expired: 'The single sign-on attempt took too long or was already used. Try again.',
  unavailable: 'The identity provider cannot be reached just now. Try again later.',
  off: 'Single sign-on is not set up on this server. Sign in with your email and password.',
};

/** The message for `/signin?sso=<code>`; null when there is none. */
export function ssoMessage(code: string | null): string | null {
  if (!code) return null;
  return SSO_MESSAGES[code] ?? SSO_MESSAGES.failed;
}

/**
 * A failed sign-in, in words. Wrong password and unknown email get the same sentence, so the
 * page never tells anyone whether an address has an account.
 */
export function signInError(code: string, message: string): string {
  switch (code) {
    case 'BAD_USER_INPUT':
      return 'Enter your email address and your password.';
    case 'UNAUTHENTICATED':
      return 'That email address and password do not match an account. Check them and try again.';
    case 'RATE_LIMITED':
      return 'Too many attempts to sign in. Wait a few minutes, then try again.';
    case 'UNREACHABLE':
      return message;
    default:
      return `Signing in did not work: ${message}`;
  }
}

/** The notice above the form for the other query parameters of /signin. */
export function signInNotice(params: URLSearchParams): string | null {
  if (params.get('reset') === 'done') return 'Your new password is set. Sign in with it.';
  if (params.get('changed')) return 'Your password is changed. Sign in with the new one.';
  if (params.get('signedOut')) return 'You have signed out.';
  if (params.get('next')) return 'Sign in to go on to the page you asked for.';
  return null;
}

/** The reset secret from a link's fragment (`#token=<secret>`); null when absent. */
export function resetToken(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const token = params.get('token');
  return token && token.trim() ? token.trim() : null;
}

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

/** Problems with a new password typed twice, before asking the API (which checks again). */
export function newPasswordProblem(password: string, again: string): string | null {
  if (password.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (password.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  if (password !== again) return 'The two passwords are not the same.';
  return null;
}
