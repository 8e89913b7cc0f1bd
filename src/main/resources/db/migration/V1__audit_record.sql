-- The auditors' record. Portable SQL: the same migration serves H2 (embedded default) and PostgreSQL.
-- Rows are only ever inserted: a correction is a new record whose "corrects" names the old one.

-- One row per assessment, with the columns the filters need; its hash chains it to the record before.
CREATE TABLE assessment_record (
    seq              BIGINT        NOT NULL PRIMARY KEY,
    kind             VARCHAR(16)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_by     VARCHAR(200)  NOT NULL,
    rule_set_version VARCHAR(64)   NOT NULL,
    article_id       VARCHAR(500),
    outlet           VARCHAR(500),
    text_sha256      CHAR(64),
    claim_count      INT           NOT NULL,
    corrects         BIGINT,
    reason           VARCHAR(2000),
    previous_hash    CHAR(64)      NOT NULL,
    content_hash     CHAR(64)      NOT NULL
);
CREATE INDEX assessment_record_created_at ON assessment_record (created_at);
CREATE INDEX assessment_record_version ON assessment_record (rule_set_version);
CREATE INDEX assessment_record_outlet ON assessment_record (outlet);
CREATE INDEX assessment_record_requested_by ON assessment_record (requested_by);

-- The heavy part of a record, read only when one record is fetched, replayed, exported or verified:
-- the input (article text and metadata, or the claims as sent) and the result as answered, both canonical JSON.
CREATE TABLE assessment_document (
    record_seq  BIGINT NOT NULL PRIMARY KEY REFERENCES assessment_record (seq),
    input_json  TEXT   NOT NULL,
    result_json TEXT   NOT NULL
);

-- One row per scored claim, for the claim-level filters; signals and fired rules as |A|B| lists.
CREATE TABLE assessment_claim (
    record_seq  BIGINT        NOT NULL REFERENCES assessment_record (seq),
    position    INT           NOT NULL,
    claim_id    VARCHAR(200)  NOT NULL,
    score       INT           NOT NULL,
    band        VARCHAR(16)   NOT NULL,
    grade       INT           NOT NULL,
    source_type VARCHAR(32),
    signals     VARCHAR(4000) NOT NULL,
    rules       VARCHAR(20000) NOT NULL,
    PRIMARY KEY (record_seq, position)
);
CREATE INDEX assessment_claim_band ON assessment_claim (band);
CREATE INDEX assessment_claim_grade ON assessment_claim (grade);
CREATE INDEX assessment_claim_source_type ON assessment_claim (source_type);

-- The end of the chain: appends lock this one row, so concurrent appends (threads or processes) queue
-- and never fork the chain; it also reveals records deleted from the end.
CREATE TABLE audit_chain_head (
    id        INT      NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- The rule files each rule set version was built from: contents stored once by SHA-256, versions list their files.
CREATE TABLE rule_blob (
    sha256  CHAR(64) NOT NULL PRIMARY KEY,
    content TEXT     NOT NULL
);
CREATE TABLE rule_set (
    version     VARCHAR(64) NOT NULL PRIMARY KEY,
    archived_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE rule_set_file (
    version VARCHAR(64)   NOT NULL REFERENCES rule_set (version),
    path    VARCHAR(1000) NOT NULL,
    sha256  CHAR(64)      NOT NULL REFERENCES rule_blob (sha256),
    PRIMARY KEY (version, path)
);
