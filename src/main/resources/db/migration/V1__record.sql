-- The record of negotiations. Every table is keyed by its negotiation; ids are unique within it.
-- Small ordered lists that are never queried on their own are kept as JSON text columns.

CREATE TABLE negotiation (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    title       VARCHAR(200) NOT NULL,
    summary     VARCHAR(4000) NOT NULL,
    mode        VARCHAR(16)  NOT NULL,
    is_public   BOOLEAN      NOT NULL,
    created_at  TIMESTAMP    NOT NULL
);

CREATE TABLE party (
    negotiation_id VARCHAR(64)  NOT NULL REFERENCES negotiation (id),
    id             VARCHAR(64)  NOT NULL,
    ord            INTEGER      NOT NULL,
    name           VARCHAR(200) NOT NULL,
    short_name     VARCHAR(16)  NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    colour         VARCHAR(7)   NOT NULL,
    PRIMARY KEY (negotiation_id, id)
);

CREATE TABLE person (
    negotiation_id VARCHAR(64)  NOT NULL REFERENCES negotiation (id),
    id             VARCHAR(64)  NOT NULL,
    ord            INTEGER      NOT NULL,
    name           VARCHAR(200) NOT NULL,
    title          VARCHAR(300) NOT NULL,
    party_id       VARCHAR(64),
    PRIMARY KEY (negotiation_id, id),
    FOREIGN KEY (negotiation_id, party_id) REFERENCES party (negotiation_id, id)
);

CREATE TABLE topic (
    negotiation_id VARCHAR(64)  NOT NULL REFERENCES negotiation (id),
    id             VARCHAR(64)  NOT NULL,
    ord            INTEGER      NOT NULL,
    name           VARCHAR(200) NOT NULL,
    sticking_point BOOLEAN      NOT NULL,
    PRIMARY KEY (negotiation_id, id)
);

-- Who may see a record besides the public: one row per party in its audience.
-- record_kind is draft, draft-existence, position, meeting or statement.
CREATE TABLE audience (
    negotiation_id VARCHAR(64) NOT NULL REFERENCES negotiation (id),
    record_kind    VARCHAR(32) NOT NULL,
    record_id      VARCHAR(64) NOT NULL,
    party_id       VARCHAR(64) NOT NULL,
    PRIMARY KEY (negotiation_id, record_kind, record_id, party_id),
    FOREIGN KEY (negotiation_id, party_id) REFERENCES party (negotiation_id, id)
);

CREATE TABLE draft (
    negotiation_id    VARCHAR(64)  NOT NULL REFERENCES negotiation (id),
    id                VARCHAR(64)  NOT NULL,
    ord               INTEGER      NOT NULL,
    title             VARCHAR(300) NOT NULL,
    authors           VARCHAR      NOT NULL,
    draft_date        DATE,
    status            VARCHAR(16)  NOT NULL,
    is_public         BOOLEAN      NOT NULL,
    existence_public  BOOLEAN      NOT NULL,
    known_point_count INTEGER,
    preamble          VARCHAR      NOT NULL,
    derived_from      VARCHAR      NOT NULL,
    provenance        VARCHAR      NOT NULL,
    note              VARCHAR(4000) NOT NULL,
    PRIMARY KEY (negotiation_id, id)
);

CREATE TABLE point (
    negotiation_id VARCHAR(64)  NOT NULL,
    draft_id       VARCHAR(64)  NOT NULL,
    ord            INTEGER      NOT NULL,
    number         VARCHAR(104) NOT NULL,
    text           VARCHAR      NOT NULL,
    section        VARCHAR(500) NOT NULL,
    topics         VARCHAR      NOT NULL,
    PRIMARY KEY (negotiation_id, draft_id, ord),
    UNIQUE (negotiation_id, draft_id, number),
    FOREIGN KEY (negotiation_id, draft_id) REFERENCES draft (negotiation_id, id)
);

CREATE TABLE position (
    negotiation_id VARCHAR(64)  NOT NULL,
    id             VARCHAR(64)  NOT NULL,
    seq            BIGINT       NOT NULL,
    party_id       VARCHAR(64)  NOT NULL,
    draft_id       VARCHAR(64)  NOT NULL,
    point_number   VARCHAR(104),
    stance         VARCHAR(32)  NOT NULL,
    reason         VARCHAR(4000) NOT NULL,
    conditions     VARCHAR      NOT NULL,
    statement_id   VARCHAR(64),
    provenance     VARCHAR      NOT NULL,
    is_public      BOOLEAN      NOT NULL,
    recorded_by    VARCHAR(200) NOT NULL,
    recorded_at    TIMESTAMP    NOT NULL,
    PRIMARY KEY (negotiation_id, id),
    FOREIGN KEY (negotiation_id, party_id) REFERENCES party (negotiation_id, id),
    FOREIGN KEY (negotiation_id, draft_id) REFERENCES draft (negotiation_id, id)
);
CREATE INDEX position_by_draft ON position (negotiation_id, draft_id, seq);

CREATE TABLE meeting (
    negotiation_id VARCHAR(64)  NOT NULL REFERENCES negotiation (id),
    id             VARCHAR(64)  NOT NULL,
    title          VARCHAR(300) NOT NULL,
    place          VARCHAR(300) NOT NULL,
    start_at       VARCHAR(40)  NOT NULL,
    start_epoch    BIGINT       NOT NULL,
    duration_s     BIGINT,
    attendees      VARCHAR      NOT NULL,
    parties        VARCHAR      NOT NULL,
    drafts         VARCHAR      NOT NULL,
    handed_over    VARCHAR      NOT NULL,
    outcome        VARCHAR      NOT NULL,
    confidential_to VARCHAR     NOT NULL,
    is_public      BOOLEAN      NOT NULL,
    provenance     VARCHAR      NOT NULL,
    PRIMARY KEY (negotiation_id, id)
);

CREATE TABLE statement (
    negotiation_id VARCHAR(64)  NOT NULL REFERENCES negotiation (id),
    id             VARCHAR(64)  NOT NULL,
    seq            BIGINT       NOT NULL,
    speaker_id     VARCHAR(64)  NOT NULL,
    words          VARCHAR      NOT NULL,
    said_on        DATE         NOT NULL,
    setting        VARCHAR(500) NOT NULL,
    points         VARCHAR      NOT NULL,
    topics         VARCHAR      NOT NULL,
    is_public      BOOLEAN      NOT NULL,
    provenance     VARCHAR      NOT NULL,
    PRIMARY KEY (negotiation_id, id),
    FOREIGN KEY (negotiation_id, speaker_id) REFERENCES person (negotiation_id, id)
);

-- The append-only event log. Each entry is a leaf of the ledger's Merkle tree.
CREATE TABLE ledger_entry (
    seq            BIGINT       NOT NULL PRIMARY KEY,
    negotiation_id VARCHAR(64)  NOT NULL,
    kind           VARCHAR(64)  NOT NULL,
    subject_id     VARCHAR(200) NOT NULL,
    audience       VARCHAR      NOT NULL,
    actor          VARCHAR(200) NOT NULL,
    recorded_at    VARCHAR(40)  NOT NULL,
    payload        VARCHAR      NOT NULL,
    salt           VARCHAR(64)  NOT NULL,
    leaf_hash      VARCHAR(64)  NOT NULL
);

-- One row: the size of the log, locked by each writer so entries get gap-free sequence numbers.
CREATE TABLE ledger_head (
    id   INTEGER NOT NULL PRIMARY KEY,
    size BIGINT  NOT NULL
);
INSERT INTO ledger_head (id, size) VALUES (1, 0);
