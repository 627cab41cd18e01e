package org.parley.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private final ClientAddress behindProxies = ClientAddress.trusting(List.of("127.0.0.1", "10.0.0.0/8", "fd00::/8"));

    @Test
    void aRequestFromATrustedProxy_isTheNearestUntrustedForwardedAddress() {
        assertThat(behindProxies.of("127.0.0.1", "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(behindProxies.of("10.1.2.3", "198.51.100.1, 203.0.113.7, 10.9.9.9")).isEqualTo("203.0.113.7");
        assertThat(behindProxies.of("fd00::5", "2001:db8::1")).isEqualTo("2001:db8::1");
    }

    @Test
    void aRequestFromElsewhere_isItsOwnAddressWhateverItClaims() {
        assertThat(behindProxies.of("203.0.113.7", "127.0.0.1")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.DIRECT.of("127.0.0.1", "203.0.113.7")).isEqualTo("127.0.0.1");
        assertThat(behindProxies.of("11.0.0.1", "198.51.100.1")).as("just outside 10.0.0.0/8").isEqualTo("11.0.0.1");
    }

    @Test
    void aForwardedChainOfOnlyProxiesOrWithGarbage_stopsAtWhatItCanTrust() {
        assertThat(behindProxies.of("127.0.0.1", "10.0.0.2, 10.0.0.3")).isEqualTo("10.0.0.2");
        assertThat(behindProxies.of("127.0.0.1", "not-an-address, 10.0.0.3")).isEqualTo("10.0.0.3");
        assertThat(behindProxies.of("127.0.0.1", "")).isEqualTo("127.0.0.1");
    }

    @Test
    void trusting_refusesEntriesThatAreNotAddressesOrBlocks() {
        assertThatThrownBy(() -> ClientAddress.trusting(List.of("proxy.example.org"))).hasMessageContaining("not proxy.example.org");
        assertThatThrownBy(() -> ClientAddress.trusting(List.of("10.0.0.0/33"))).hasMessageContaining("from 0 to 32");
        assertThatThrownBy(() -> ClientAddress.trusting(List.of("10.0.0.0/x"))).hasMessageContaining("from 0 to 32");
    }
}
