package org.parley.access;

import java.util.Objects;

/** A name and password to hand to a person once; the password is never stored, only its hash. */
public record Credentials(String name, String password) {
    public Credentials {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "Credentials[" + name + "]";
    }
}
