-- Links between the points of two drafts that a person confirmed or corrected. Nobody sees a link
-- who may not read the texts of both drafts, so the link has no audience of its own.
CREATE TABLE confirmed_link (
    negotiation_id VARCHAR(64)  NOT NULL,
    id             VARCHAR(64)  NOT NULL,
    from_draft     VARCHAR(64)  NOT NULL,
    to_draft       VARCHAR(64)  NOT NULL,
    from_points    VARCHAR      NOT NULL,
    to_points      VARCHAR      NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    confirmed_by   VARCHAR(200) NOT NULL,
    confirmed_at   TIMESTAMP    NOT NULL,
    PRIMARY KEY (negotiation_id, id),
    FOREIGN KEY (negotiation_id, from_draft) REFERENCES draft (negotiation_id, id),
    FOREIGN KEY (negotiation_id, to_draft) REFERENCES draft (negotiation_id, id)
);
CREATE INDEX confirmed_link_by_pair ON confirmed_link (negotiation_id, from_draft, to_draft);
