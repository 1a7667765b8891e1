-- One row per message a completed run sends out: a distributor's availability batch or a supplier's
-- order. Written before the message is sent, so that a process killed while delivering leaves its
-- plan behind and `deliver` (or the same reconcile command) sends exactly what is not delivered.
CREATE TABLE delivery (
    run_id        BIGINT        NOT NULL,
    target        VARCHAR(200)  NOT NULL,
    batch         INT           NOT NULL,
    webhook_id    VARCHAR(400)  NOT NULL,
    items         INT           NOT NULL,
    body_sha256   CHAR(64)      NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    attempts      INT           DEFAULT 0 NOT NULL,
    last_status   INT,
    last_error    VARCHAR(1000),
    updated_at    TIMESTAMP     NOT NULL,
    delivered_at  TIMESTAMP,
    PRIMARY KEY (run_id, target, batch),
    CONSTRAINT delivery_webhook_id UNIQUE (webhook_id)
);
