-- Operator alerts (operations.md §3): one row per alert of a run attempt and channel (webhook URL or
-- command), so that an alert goes out once per run and every channel's outcome can be looked up.
CREATE TABLE alert_delivery (
    alert_key     VARCHAR(300)  NOT NULL,
    channel       VARCHAR(1000) NOT NULL,
    job_name      VARCHAR(100)  NOT NULL,
    business_date DATE          NOT NULL,
    run_id        VARCHAR(100)  NOT NULL,
    run_status    VARCHAR(20)   NOT NULL,
    rules         VARCHAR(1000) NOT NULL,
    webhook_id    VARCHAR(300),
    attempts      INT           NOT NULL,
    delivered     BOOLEAN       NOT NULL,
    last_status   INT,
    last_error    VARCHAR(2000),
    sent_at       TIMESTAMP     NOT NULL,
    PRIMARY KEY (alert_key, channel)
);
