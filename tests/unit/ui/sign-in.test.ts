import {
  newPasswordProblem,
  resetToken,
  signInError,
  signInNotice,
  ssoMessage,
} from '../../../ui/src/model/sign-in';

describe('sign-in and reset wording', () => {
  it('says the same for a wrong password and an unknown email (both UNAUTHENTICATED)', () => {
    const text = signInError('UNAUTHENTICATED', 'Invalid email or password');
    expect(text).toMatch(/do not match an account/);
    expect(text).not.toMatch(/exist|unknown|no account/i);
    expect(signInError('RATE_LIMITED', 'locked')).toMatch(/Too many attempts/);
  });

  it('explains every single sign-on outcome the API redirects with', () => {
    for (const code of ['no-account', 'unverified', 'failed', 'expired', 'unavailable', 'off']) {
      expect(ssoMessage(code)).toEqual(expect.any(String));
    }
    expect(ssoMessage('something-new')).toBe(ssoMessage('failed'));
    expect(ssoMessage(null)).toBeNull();
  });

  it('picks the notice above the form', () => {
    expect(signInNotice(new URLSearchParams('reset=done'))).toMatch(/new password is set/);
    expect(signInNotice(new URLSearchParams('signedOut=1'))).toMatch(/signed out/);
    expect(signInNotice(new URLSearchParams('next=%2F%3Fcouncil%3Dx'))).toMatch(/Sign in to go on/);
    expect(signInNotice(new URLSearchParams(''))).toBeNull();
  });

  it('reads the reset secret from the fragment and checks the new password', () => {
    expect(resetToken('#token=abc-DEF_123')).toBe('abc-DEF_123');
    expect(resetToken('#other=1')).toBeNull();
    expect(resetToken('')).toBeNull();
    expect(newPasswordProblem('short', 'short')).toMatch(/at least 12/);
    expect(newPasswordProblem('a long enough password', 'a long enough passw0rd')).toMatch(
      /not the same/,
    );
    expect(newPasswordProblem('a long enough password', 'a long enough password')).toBeNull();
  });
});

describe('sign-in notice after a password change', () => {
  it('tells the user to sign in with the new password', () => {
    expect(signInNotice(new URLSearchParams('changed=1'))).toMatch(/password is changed/);
  });
});
