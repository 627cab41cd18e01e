package org.parley.ledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.parley.Workbench;
import org.parley.access.Account;
import org.parley.access.ReadHold;
import org.parley.interchange.LedgerReplay;
import org.parley.ledger.Checkpoint;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerEvent;
import org.parley.ledger.LedgerReport;
import org.parley.ledger.LedgerStore;
import org.parley.ledger.LedgerVerifier;
import org.parley.negotiation.Text;
import org.parley.platform.cli.StorageOptions;
import org.parley.platform.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley verify}: re-derives the whole ledger and checks a saved checkpoint against it. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {"Recomputes every ledger entry's leaf hash and the tree's root, and reports the first bad entry.",
                "With --checkpoint, also checks the checkpoint's signature and that the log only grew since."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the ledger is intact (and extends the checkpoint)",
            "1:the ledger or the checkpoint failed, or the checkpoint file is unreadable",
            "2:usage error"
        })
public final class VerifyCommand implements Callable<Integer> {

    private final Supplier<LedgerStore> store;
    private final Supplier<PublicKey> trustedKey;

    @Spec
    private CommandSpec spec;

    @Option(names = "--checkpoint", paramLabel = "FILE", description = "a checkpoint saved earlier from this ledger")
    private Path checkpointFile;

    @Mixin
    private StorageOptions storage;

    /** For the command line: the ledger and the checkpoint key of the database named by --data or --db. */
    public VerifyCommand() {
        this(null, null);
    }

    /** @param trustedKey the public key checkpoints must be signed with; asked for only with --checkpoint */
    public VerifyCommand(Supplier<LedgerStore> store, Supplier<PublicKey> trustedKey) {
        this.store = store;
        this.trustedKey = trustedKey;
    }

    @Override
    public Integer call() {
        if (store != null) {
            return verify(store, trustedKey);
        }
        try (Workbench workbench = storage.open()) {
            Database db = workbench.database();
            int ledger = db.read(() -> verify(workbench::ledgerStore, () -> Workbench.checkpointSigner(storage.data()).publicKey()));
            return ledger != 0 ? ledger : verifyRecords(workbench);
        }
    }

    /** Holds the stored records against the record the intact ledger rebuilds. */
    private int verifyRecords(Workbench workbench) {
        for (Map.Entry<String, LedgerReplay.Finding> check : checkRecords(workbench).entrySet()) {
            if (!reported(check.getKey(), check.getValue())) {
                return 1;
            }
        }
        return 0;
    }

    /**
     * What the stored records and seats are, held against what the ledger's events rebuild:
     * "records" and then "seats", each agreeing or naming the first difference. The records are
     * compared, never shown, so their reads stay out of the read audit.
     */
    public static Map<String, LedgerReplay.Finding> checkRecords(Workbench workbench) {
        return ReadHold.holding(new ArrayList<>(), () -> workbench.database().read(() -> {
            LedgerStore ledger = workbench.ledgerStore();
            List<LedgerEvent> events = ledger.entries(1, ledger.size()).stream().map(LedgerEntry::event).toList();
            Map<String, LedgerReplay.Finding> findings = new LinkedHashMap<>();
            findings.put("records", workbench.bundles().checkAgainst(events));
            findings.put("seats", LedgerReplay.of(events).compareSeats(storedSeats(workbench)));
            return findings;
        }));
    }

    /** Prints what the check of {@code what} (records, seats) found; true when the store agrees with the ledger. */
    private boolean reported(String what, LedgerReplay.Finding finding) {
        if (finding instanceof LedgerReplay.Finding.Differs differs) {
            spec.commandLine().getErr().println(what + " broken" + (differs.sequence() == 0 ? "" : " at entry " + differs.sequence())
                    + ": " + differs.what());
            return false;
        }
        int agreeing = ((LedgerReplay.Finding.Agrees) finding).records();
        String one = what.substring(0, what.length() - 1);
        spec.commandLine().getOut().println(what + " intact: " + Text.counted(agreeing, one) + (agreeing == 1 ? " is" : " are")
                + " what the ledger says");
        return true;
    }

    /** The seats of every account, by negotiation, as the replay names them. */
    private static Map<String, Set<String>> storedSeats(Workbench workbench) {
        Map<String, Set<String>> seats = new HashMap<>();
        for (Account account : workbench.accounts().list()) {
            account.seats().forEach((negotiation, parties) -> parties.forEach(party -> seats
                    .computeIfAbsent(negotiation.value(), n -> new HashSet<>()).add(LedgerReplay.seatKey(account.name(), party.value()))));
        }
        return seats;
    }

    private Integer verify(Supplier<LedgerStore> store, Supplier<PublicKey> trustedKey) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LedgerReport report;
        if (checkpointFile == null) {
            report = LedgerVerifier.verify(store.get());
        } else {
            String text;
            try {
                text = Files.readString(checkpointFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println(checkpointFile + ": cannot read the checkpoint: " + e.getMessage());
                return 1;
            }
            Checkpoint.Parsed parsed = Checkpoint.parse(text);
            if (parsed instanceof Checkpoint.Parsed.Malformed malformed) {
                err.println(checkpointFile + ":" + malformed.line() + ": expected " + malformed.expected());
                return 1;
            }
            report = LedgerVerifier.verify(store.get(), ((Checkpoint.Parsed.Read) parsed).checkpoint(), trustedKey.get());
        }
        if (report instanceof LedgerReport.Intact intact) {
            out.println("ledger intact: " + intact.size() + " entries, root " + intact.rootHash().hex());
            if (checkpointFile != null) {
                out.println(checkpointFile + ": the ledger extends this checkpoint");
            }
            return 0;
        }
        err.println(describe(report));
        return 1;
    }

    private String describe(LedgerReport report) {
        if (report instanceof LedgerReport.BadEntry bad) {
            return "ledger broken at entry " + bad.sequence() + ": " + bad.problem();
        }
        if (report instanceof LedgerReport.CheckpointRefused refused) {
            return checkpointFile + ": checkpoint refused: " + refused.reason();
        }
        LedgerReport.NotAnExtension rewritten = (LedgerReport.NotAnExtension) report;
        return checkpointFile + ": the ledger does not extend this checkpoint of " + rewritten.checkpointSize()
                + " entries: " + rewritten.reason();
    }
}
