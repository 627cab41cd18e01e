package org.parley;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.access.AccountService;
import org.parley.access.Argon2id;
import org.parley.access.ReadAudit;
import org.parley.access.store.JdbiAccounts;
import org.parley.access.store.JdbiReadAudit;
import org.parley.access.web.AccountRoutes;
import org.parley.access.web.AuditApi;
import org.parley.access.web.SeatApi;
import org.parley.access.web.SessionViewers;
import org.parley.access.web.WebSecurity;
import org.parley.draft.DraftService;
import org.parley.draft.LineageService;
import org.parley.draft.store.JdbiConfirmedLinks;
import org.parley.draft.store.JdbiDrafts;
import org.parley.draft.web.CompareApi;
import org.parley.draft.web.DraftApi;
import org.parley.interchange.BundleService;
import org.parley.interchange.web.ExportApi;
import org.parley.ledger.CheckpointSigner;
import org.parley.ledger.EventLog;
import org.parley.ledger.LedgerService;
import org.parley.ledger.LedgerStore;
import org.parley.ledger.LedgeredSeats;
import org.parley.ledger.store.CheckpointKeyFiles;
import org.parley.ledger.store.JdbiEventLog;
import org.parley.ledger.store.JdbiLedgerStore;
import org.parley.ledger.store.PostgresChangeRelay;
import org.parley.ledger.web.LedgerApi;
import org.parley.meeting.MeetingService;
import org.parley.meeting.store.JdbiMeetings;
import org.parley.meeting.web.MeetingApi;
import org.parley.negotiation.NegotiationService;
import org.parley.negotiation.store.JdbiNegotiations;
import org.parley.negotiation.web.NegotiationApi;
import org.parley.platform.db.Database;
import org.parley.platform.web.ClientAddress;
import org.parley.platform.web.OpenApi;
import org.parley.platform.web.Routes;
import org.parley.platform.web.Viewers;
import org.parley.platform.web.WebServer;
import org.parley.position.PositionService;
import org.parley.position.store.JdbiPositions;
import org.parley.position.web.PositionApi;
import org.parley.search.SearchService;
import org.parley.search.web.SearchApi;
import org.parley.workbench.web.WorkbenchWeb;

/**
 * Parley wired by hand: configuration to database, stores, services and the web server. One
 * workbench per process; it keeps no state that another process on the same database could not
 * rebuild.
 */
public final class Workbench implements AutoCloseable {
    private final Database database;
    private final EventLog events;
    private PostgresChangeRelay relay;
    private final NegotiationService negotiations;
    private final DraftService drafts;
    private final PositionService positions;
    private final MeetingService meetings;
    private final BundleService bundles;
    private final ReadAudit readAudit;
    private final AccountService accounts;
    private final SessionViewers sessions;

    private final LedgerService ledger;
    private final LineageService lineage;
    private final SearchService search;

    /** A workbench whose checkpoints are signed with a key that lives as long as it does (for tests and tools). */
    public Workbench(Database database) {
        this(database, CheckpointSigner.generate());
    }

    public Workbench(Database database, CheckpointSigner signer) {
        this.database = database;
        var negotiationStore = new JdbiNegotiations(database);
        var draftStore = new JdbiDrafts(database);
        var meetingStore = new JdbiMeetings(database);
        Clock clock = Clock.systemUTC();
        this.events = new JdbiEventLog(database);
        this.readAudit = new JdbiReadAudit(database, clock);
        this.negotiations = new NegotiationService(database, negotiationStore, events);
        this.drafts = new DraftService(database, negotiationStore, draftStore, events, readAudit);
        this.meetings = new MeetingService(database, negotiationStore, draftStore, meetingStore, events, readAudit);
        this.positions = new PositionService(database, negotiationStore, draftStore, meetingStore, new JdbiPositions(database), events,
                readAudit);
        this.accounts = new AccountService(database, new JdbiAccounts(database), negotiationStore, Argon2id.RECOMMENDED, clock,
                new LedgeredSeats(events));
        this.sessions = new SessionViewers(accounts);
        this.lineage = new LineageService(database, draftStore, new JdbiConfirmedLinks(database), events, readAudit);
        this.bundles = new BundleService(database, negotiations, drafts, positions, meetings, lineage);
        this.search = new SearchService(negotiations, drafts, positions, meetings, readAudit);
        this.ledger = new LedgerService(database, new JdbiLedgerStore(database), negotiationStore, signer);
    }

    /** Opens the workbench on PostgreSQL when {@code jdbcUrl} is given, else on the H2 database in {@code dataDir}. */
    public static Workbench open(String jdbcUrl, Path dataDir) {
        return new Workbench(Database.fromUrlOrDirectory(jdbcUrl, dataDir), checkpointSigner(dataDir));
    }

    /**
     * The routes of every feature, reading each request's viewer through {@code viewers}. On
     * PostgreSQL this also starts relaying other processes' changes to this one's live pages.
     */
    public List<Routes> routes(Viewers viewers) {
        relayChangesOfOtherProcesses();
        List<Routes> routes = new ArrayList<>();
        routes.add(new NegotiationApi(negotiations, viewers));
        routes.add(new DraftApi(drafts, viewers));
        routes.add(new CompareApi(lineage, viewers));
        routes.add(new PositionApi(positions, viewers));
        routes.add(new MeetingApi(meetings, viewers));
        routes.add(new LedgerApi(ledger, viewers));
        routes.add(new AuditApi(readAudit, viewers));
        routes.add(new SeatApi(accounts, viewers));
        routes.add(new SearchApi(search, viewers));
        routes.add(new ExportApi(bundles, viewers));
        routes.add(new OpenApi());
        routes.addAll(WorkbenchWeb.routes(negotiations, drafts, lineage, positions, meetings, search, events.feed(), viewers));
        return routes;
    }

    /**
     * What {@link #serve} answers: the security checks first, signing in and out, then every feature,
     * each request read as the holder of its session cookie or API token.
     */
    public List<Routes> securedRoutes() {
        return securedRoutes(ClientAddress.DIRECT);
    }

    /** {@link #securedRoutes()}, with logins throttled by the client that {@code clients} finds behind trusted proxies. */
    public List<Routes> securedRoutes(ClientAddress clients) {
        List<Routes> routes = new ArrayList<>();
        routes.add(new WebSecurity(sessions, accounts));
        routes.add(new AccountRoutes(accounts, sessions, clients));
        routes.addAll(routes(sessions));
        return routes;
    }

    public WebServer serve(String host, int port) {
        return serve(host, port, ClientAddress.DIRECT);
    }

    /** Serves behind the proxies {@code clients} trusts. */
    public WebServer serve(String host, int port, ClientAddress clients) {
        return new WebServer(securedRoutes(clients)).start(host, port);
    }

    public Database database() {
        return database;
    }

    public NegotiationService negotiations() {
        return negotiations;
    }

    public DraftService drafts() {
        return drafts;
    }

    public PositionService positions() {
        return positions;
    }

    public MeetingService meetings() {
        return meetings;
    }

    public ReadAudit readAudit() {
        return readAudit;
    }

    public AccountService accounts() {
        return accounts;
    }

    /** Who makes each request: the holder of its API token or session cookie, else the public. */
    public SessionViewers viewers() {
        return sessions;
    }

    public BundleService bundles() {
        return bundles;
    }

    public SearchService search() {
        return search;
    }

    public LineageService lineage() {
        return lineage;
    }

    public LedgerService ledger() {
        return ledger;
    }

    public EventLog events() {
        return events;
    }

    /** The ledger's entries, read inside a transaction of {@link #database()}. */
    public LedgerStore ledgerStore() {
        return new JdbiLedgerStore(database);
    }

    /** The key that signs this instance's checkpoints, kept in {@code keys/} under the data folder. */
    public static CheckpointSigner checkpointSigner(Path dataDir) {
        return CheckpointKeyFiles.loadOrCreate(keys(dataDir));
    }

    /** The text of the checkpoint key kept in {@code dataDir}; empty when none is kept there yet. */
    public static Optional<String> checkpointKeyText(Path dataDir) {
        return CheckpointKeyFiles.read(keys(dataDir));
    }

    /** Keeps the checkpoint key {@code pem} in {@code dataDir} unless one is there; true when it was kept. */
    public static boolean keepCheckpointKey(Path dataDir, String pem) {
        return CheckpointKeyFiles.keep(keys(dataDir), pem);
    }

    /**
     * The signer of a checkpoint key's text; {@code where} names its origin in errors.
     *
     * @throws IllegalStateException when the text is not an Ed25519 key pair
     */
    public static CheckpointSigner checkpointSigner(String pem, String where) {
        return CheckpointKeyFiles.parse(pem, where);
    }

    private static Path keys(Path dataDir) {
        return dataDir.resolve("keys");
    }

    /** On PostgreSQL, hears the changes other Parley processes commit (once; H2 has one process). */
    public synchronized void relayChangesOfOtherProcesses() {
        if (relay == null && database.isPostgres()) {
            relay = PostgresChangeRelay.start(database, events.feed());
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (relay != null) {
                relay.close();
            }
        }
        database.close();
    }
}
