package org.parley.ledger.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.ledger.Checkpoint;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerEvent;
import org.parley.ledger.LedgerService;
import org.parley.ledger.MerkleHash;
import org.parley.platform.web.Http;
import org.parley.platform.web.InvalidInput;
import org.parley.platform.web.Routes;
import org.parley.platform.web.Viewers;

/**
 * The ledger for parties that keep Parley honest: signed checkpoints and the key to check them,
 * inclusion and consistency proofs (hashes only), and the events a reader may see, to recompute
 * their leaves.
 */
public final class LedgerApi implements Routes {
    private static final String LEDGER = "/api/ledger";

    private final LedgerService ledger;
    private final Viewers viewers;

    public LedgerApi(LedgerService ledger, Viewers viewers) {
        this.ledger = ledger;
        this.viewers = viewers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(LEDGER + "/checkpoint", ctx -> ctx.json(checkpoint(ledger.checkpoint())));
        routes.get(LEDGER + "/key", ctx -> ctx.json(Map.of(
                "keyId", ledger.signer().keyId(),
                "algorithm", "Ed25519",
                "publicKey", Base64.getEncoder().encodeToString(ledger.signer().publicKey().getEncoded()))));
        routes.get(LEDGER + "/proofs/inclusion", ctx -> {
            long sequence = number(ctx, "sequence", true);
            Http.answer(ctx, ledger.inclusion(sequence, number(ctx, "treeSize", false)).map(proof -> Map.of(
                    "sequence", sequence, "leafIndex", proof.leafIndex(), "treeSize", proof.treeSize(), "path", hex(proof.path()))), 200);
        });
        routes.get(LEDGER + "/proofs/consistency", ctx -> Http.answer(ctx,
                ledger.consistency(number(ctx, "from", true), number(ctx, "to", false)).map(proof -> Map.of(
                        "from", proof.firstSize(), "to", proof.secondSize(), "path", hex(proof.path()))), 200));
        routes.get(LEDGER + "/entries/{sequence}", ctx -> {
            long sequence = Http.parse("sequence", ctx.pathParam("sequence"), Long::valueOf);
            Http.found(ctx, ledger.entry(sequence, viewers.of(ctx)).map(LedgerApi::entry), "ledger entry " + sequence);
        });
    }

    private static long number(Context ctx, String name, boolean required) {
        String text = required ? Http.required(ctx, name) : ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, name + " must be a whole number: " + text);
        }
    }

    private static Map<String, Object> checkpoint(Checkpoint c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("treeSize", c.treeSize());
        out.put("rootHash", c.rootHash().hex());
        out.put("timestamp", c.timestamp().toString());
        out.put("keyId", c.keyId());
        out.put("signature", Base64.getEncoder().encodeToString(c.signature()));
        out.put("text", c.toText());
        return out;
    }

    private static Map<String, Object> entry(LedgerEntry entry) {
        LedgerEvent e = entry.event();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sequence", e.sequence());
        out.put("negotiationId", e.negotiationId());
        out.put("kind", e.kind());
        out.put("subjectId", e.subjectId());
        out.put("audience", e.audience());
        out.put("actor", e.actor());
        out.put("timestamp", e.timestamp().toString());
        out.put("payload", e.payload());
        out.put("salt", e.salt().hex());
        out.put("leafHash", entry.leafHash().hex());
        return out;
    }

    private static List<String> hex(List<MerkleHash> path) {
        return path.stream().map(MerkleHash::hex).toList();
    }
}
