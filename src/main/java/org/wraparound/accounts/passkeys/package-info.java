/**
 * Passkeys: signing in with a fingerprint, face or phone instead of a password. Spring Security checks the
 * passkeys; this package stores them, names their owner by account id and lets a person list and remove their own.
 */
package org.wraparound.accounts.passkeys;
