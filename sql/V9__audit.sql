-- Who did what when: sign-ins (and failed ones), uploads, sign-in and token changes, report and export requests.
-- Never a password or a token, only names and what was done.
CREATE TABLE audit_event (
    id       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    happened DATETIME(6)   NOT NULL,
    actor    VARCHAR(128)  NOT NULL,
    action   VARCHAR(32)   NOT NULL,
    detail   VARCHAR(1000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX audit_event_happened ON audit_event (happened);
