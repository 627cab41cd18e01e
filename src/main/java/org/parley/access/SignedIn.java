package org.parley.access;

import java.time.Instant;
import java.util.Objects;

/** An open session: its secret id (only its digest is stored), the token its forms must echo, whose it is. */
public record SignedIn(String sessionId, String csrf, Account account, Instant expiresAt) {
    public SignedIn {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(csrf, "csrf");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "SignedIn[" + account.name() + " until " + expiresAt + "]";
    }
}
