package org.parley.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Argon2idTest {
    private static final Argon2id CHEAP = new Argon2id(64, 1, 1);

    @Test
    void hash_writesThePhcFormWithItsCost() {
        assertThat(Argon2id.RECOMMENDED.hash("correct horse battery")).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void verify_acceptsTheSamePasswordOnly() {
        String hash = CHEAP.hash("correct horse battery");

        assertThat(Argon2id.verify("correct horse battery", hash)).isTrue();
        assertThat(Argon2id.verify("correct horse batterY", hash)).isFalse();
        assertThat(Argon2id.verify("", hash)).isFalse();
    }

    @Test
    void hash_saltsEveryHash() {
        assertThat(CHEAP.hash("same password")).isNotEqualTo(CHEAP.hash("same password"));
    }

    @Test
    void verify_refusesWhatIsNotAnArgon2idHash() {
        assertThat(Argon2id.verify("x", null)).isFalse();
        assertThat(Argon2id.verify("x", "plain")).isFalse();
        assertThat(Argon2id.verify("x", "$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA")).isFalse();
        assertThat(Argon2id.verify("x", "$argon2id$v=19$m=99999999,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA")).isFalse();
    }
}
