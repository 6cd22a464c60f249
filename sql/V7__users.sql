-- The web service's sign-ins (thyrobank user add|reset|disable; the first serve creates `admin`).
-- Only the BCrypt hash of a password is stored, never the password.
CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created       DATETIME(6)  NOT NULL,
    CONSTRAINT app_user_name UNIQUE (name),
    CONSTRAINT app_user_role CHECK (role IN ('LAB', 'RESEARCHER', 'ADMIN'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Bearer tokens for the API (POST /api/v1/tokens issues one to a signed-in user): only the SHA-256 of the
-- token is kept (a token is 256 random bits, so a fast hash is enough); disabling the user stops its tokens.
CREATE TABLE api_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_name  VARCHAR(64) NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created    DATETIME(6) NOT NULL,
    CONSTRAINT api_token_hash UNIQUE (token_hash),
    CONSTRAINT api_token_user FOREIGN KEY (user_name) REFERENCES app_user (name) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A file sent to POST /api/v1/uploads (or the upload page), unpacked into its own study folder and imported
-- in the background; state RUNNING, then COMPLETED (every file has an outcome) or FAILED (message says why).
CREATE TABLE upload (
    id            CHAR(36)      NOT NULL PRIMARY KEY,
    original_name VARCHAR(255)  NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    study_dir     VARCHAR(1024) NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    message       VARCHAR(2000),
    created       DATETIME(6)   NOT NULL,
    finished      DATETIME(6),
    CONSTRAINT upload_state CHECK (state IN ('RUNNING', 'COMPLETED', 'FAILED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX upload_created ON upload (created);

-- What the import did with each file of an upload, in the order the import reported them.
CREATE TABLE upload_file (
    upload_id     CHAR(36)     NOT NULL,
    position      INT          NOT NULL,
    relative_path VARCHAR(512) NOT NULL,
    outcome       VARCHAR(16)  NOT NULL,
    detail        TEXT,
    PRIMARY KEY (upload_id, position),
    CONSTRAINT upload_file_upload FOREIGN KEY (upload_id) REFERENCES upload (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
