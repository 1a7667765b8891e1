-- The validators of each supplier's last fetched body (ETag, Last-Modified) and the file it went to:
-- a conditional GET is sent only while that file is still there.
CREATE TABLE supplier_fetch_state (
    supplier_id   VARCHAR(200)  PRIMARY KEY,
    url           VARCHAR(4000) NOT NULL,
    etag          VARCHAR(1000),
    last_modified VARCHAR(200),
    file_path     VARCHAR(4000) NOT NULL,
    fetched_at    TIMESTAMP     NOT NULL
);

-- What fetching each supplier came to in a run (all attempts of a run share its run_id): a supplier
-- fetched or found unchanged is not fetched again when the run is restarted.
CREATE TABLE supplier_fetch_run (
    run_id      BIGINT        NOT NULL,
    supplier_id VARCHAR(200)  NOT NULL,
    outcome     VARCHAR(20)   NOT NULL,
    detail      VARCHAR(2000) NOT NULL,
    file_name   VARCHAR(1000),
    bytes       BIGINT,
    tries       INT           NOT NULL,
    finished_at TIMESTAMP     NOT NULL,
    PRIMARY KEY (run_id, supplier_id)
);
