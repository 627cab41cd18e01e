package org.parley.platform.web;

import io.javalin.http.Context;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address a request comes from, as login throttling must see it. Behind a reverse proxy every
 * request arrives from the proxy, so a failed login anywhere would slow down everyone; when the
 * direct peer is a proxy Parley was told to trust, the client is the nearest address in
 * {@code X-Forwarded-For} that is not itself a trusted proxy. A request that does not come
 * through a trusted proxy is judged by its own address, whatever it claims in the header.
 */
public final class ClientAddress {
    /** Trusts no proxy: every request is judged by the address it comes from. */
    public static final ClientAddress DIRECT = new ClientAddress(List.of());

    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final List<Range> trusted;

    private ClientAddress(List<Range> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /**
     * Trusts the proxies at {@code ranges}: addresses or CIDR blocks, IPv4 or IPv6
     * ({@code 127.0.0.1}, {@code 10.0.0.0/8}, {@code ::1}).
     *
     * @throws IllegalArgumentException naming the entry that is not an address or block
     */
    public static ClientAddress trusting(List<String> ranges) {
        var parsed = new ArrayList<Range>();
        for (String range : ranges) {
            if (!range.isBlank()) {
                parsed.add(Range.parse(range.strip()));
            }
        }
        return new ClientAddress(parsed);
    }

    /** The client's address for this request. */
    public String of(Context ctx) {
        return of(ctx.ip(), ctx.header("X-Forwarded-For"));
    }

    /** The client's address for a request from {@code peer} carrying {@code forwardedFor} (may be null). */
    public String of(String peer, String forwardedFor) {
        if (!isTrusted(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int k = hops.length - 1; k >= 0; k--) {
            String hop = hops[k].strip();
            if (literal(hop) == null) {
                return client;
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        InetAddress parsed = literal(address);
        return parsed != null && trusted.stream().anyMatch(range -> range.contains(parsed));
    }

    /** The address written in {@code text}, or null when it is not an IP literal (no name is looked up). */
    private static InetAddress literal(String text) {
        if (text == null || !LITERAL.matcher(text).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** A block of addresses: a network and the number of leading bits that name it. */
    private record Range(byte[] network, int bits) {
        static Range parse(String text) {
            String[] parts = text.split("/", 2);
            InetAddress address = literal(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException("a trusted proxy is an IP address or CIDR block, not " + text);
            }
            int max = address.getAddress().length * 8;
            int bits = max;
            if (parts.length == 2) {
                try {
                    bits = Integer.parseInt(parts[1]);
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > max) {
                    throw new IllegalArgumentException("the prefix of " + text + " must be a whole number from 0 to " + max);
                }
            }
            return new Range(address.getAddress(), bits);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int shift = bytes.length * 8 - bits;
            BigInteger mine = new BigInteger(1, network).shiftRight(shift);
            return mine.equals(new BigInteger(1, bytes).shiftRight(shift));
        }
    }
}
