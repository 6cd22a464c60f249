-- API tokens expire (default 30 days, thyrobank.tokens.*), record when they were last used, and are revoked
-- (kept, with the time) rather than deleted: by their user, an administrator, `user revoke-tokens`, and in the
-- same transaction as `user reset` or `user disable`. Tokens issued before this migration expire 30 days after
-- they were made.
ALTER TABLE api_token
    ADD COLUMN expires   DATETIME(6) NULL,
    ADD COLUMN last_used DATETIME(6) NULL,
    ADD COLUMN revoked   DATETIME(6) NULL;
UPDATE api_token SET expires = created + INTERVAL 30 DAY;
ALTER TABLE api_token MODIFY expires DATETIME(6) NOT NULL;

-- Bumped by a reset or disable: a page session signed in under an older version ends at its next request.
ALTER TABLE app_user ADD COLUMN credentials_version INT NOT NULL DEFAULT 0;

-- The audit page and API filter by who and what, newest first.
CREATE INDEX audit_event_actor ON audit_event (actor, id);
CREATE INDEX audit_event_action ON audit_event (action, id);
