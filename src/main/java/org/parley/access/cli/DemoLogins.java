package org.parley.access.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.access.AccountService;
import org.parley.access.Credentials;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.Outcome;

/**
 * Logins for the demo: one account per party of each demo negotiation, named {@code PARTY.NEGOTIATION}
 * (so {@code eu.ukraine-2025} sees the seed as the EU delegate), and {@code observer}, who acts for
 * no party and sees what the public sees. Printed once; passwords are generated.
 */
public final class DemoLogins {
    public static final String OBSERVER = "observer";

    private DemoLogins() {}

    public static List<Credentials> create(AccountService accounts, List<NegotiationId> negotiations, PrintWriter out) {
        List<Credentials> logins = new ArrayList<>();
        for (NegotiationId negotiation : negotiations) {
            accounts.addDelegates(negotiation, "parley demo").forEach(logins::add);
        }
        if (accounts.add(OBSERVER, Optional.empty(), false) instanceof Outcome.Done<Credentials> observer) {
            logins.add(observer.value());
        }
        out.println("Demo logins (name, password), shown once:");
        logins.forEach(c -> out.printf("  %-28s %s%n", c.name(), c.password()));
        out.flush();
        return logins;
    }
}
