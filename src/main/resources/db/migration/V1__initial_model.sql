-- The first data model of DESIGN.md. Written in the SQL subset shared by H2 2.x and PostgreSQL,
-- so that a counselor team can point the same app at a shared server.
-- Ids are UUIDs created by the app: they stay stable across export, import and shared catalogs.

CREATE TABLE profile (
    id                 UUID          NOT NULL PRIMARY KEY,
    name               VARCHAR(200)  NOT NULL,
    kind               VARCHAR(10)   NOT NULL CHECK (kind IN ('SELF', 'CLIENT')),
    current_job_role   VARCHAR(200),
    current_industry   VARCHAR(100),
    weekly_hours       NUMERIC(5, 1) NOT NULL CHECK (weekly_hours > 0 AND weekly_hours <= 80),
    budget             NUMERIC(14, 2) NOT NULL CHECK (budget >= 0),
    currency           CHAR(3)       NOT NULL,
    salary_now         NUMERIC(14, 2) CHECK (salary_now >= 0),
    notes              VARCHAR(20000),
    owner              VARCHAR(100),
    sample_data        BOOLEAN       DEFAULT FALSE NOT NULL,
    created_at         TIMESTAMP     NOT NULL,
    updated_at         TIMESTAMP     NOT NULL,
    version            INTEGER       DEFAULT 0 NOT NULL
);
CREATE INDEX profile_name_idx ON profile (name);

-- Scoring weights per profile; a missing row means the default weight of that criterion.
CREATE TABLE profile_weight (
    profile_id  UUID          NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    criterion   VARCHAR(40)   NOT NULL,
    weight      NUMERIC(6, 3) NOT NULL CHECK (weight >= 0),
    PRIMARY KEY (profile_id, criterion)
);

CREATE TABLE session_note (
    id          UUID           NOT NULL PRIMARY KEY,
    profile_id  UUID           NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    created_at  TIMESTAMP      NOT NULL,
    updated_at  TIMESTAMP      NOT NULL,
    body        VARCHAR(20000) NOT NULL
);
CREATE INDEX session_note_profile_idx ON session_note (profile_id, created_at);

CREATE TABLE goal (
    id                    UUID           NOT NULL PRIMARY KEY,
    profile_id            UUID           NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    title                 VARCHAR(200)   NOT NULL,
    target_role           VARCHAR(200),
    target_industry       VARCHAR(100),
    deadline              DATE,
    budget_cap            NUMERIC(14, 2) CHECK (budget_cap >= 0),
    weekly_hours          NUMERIC(5, 1)  CHECK (weekly_hours > 0 AND weekly_hours <= 80),
    expected_salary_after NUMERIC(14, 2) CHECK (expected_salary_after >= 0),
    priority              INTEGER        DEFAULT 3 NOT NULL CHECK (priority BETWEEN 1 AND 5),
    status                VARCHAR(20)    DEFAULT 'ACTIVE' NOT NULL
                          CHECK (status IN ('ACTIVE', 'ON_HOLD', 'ACHIEVED', 'DROPPED')),
    schedule_mode         VARCHAR(20)    DEFAULT 'SEQUENTIAL' NOT NULL
                          CHECK (schedule_mode IN ('SEQUENTIAL', 'PARALLEL')),
    notes                 VARCHAR(20000),
    created_at            TIMESTAMP      NOT NULL,
    updated_at            TIMESTAMP      NOT NULL,
    version               INTEGER        DEFAULT 0 NOT NULL
);
CREATE INDEX goal_profile_idx ON goal (profile_id);

CREATE TABLE goal_skill (
    goal_id       UUID         NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    label         VARCHAR(300) NOT NULL,
    taxonomy_uri  VARCHAR(500),
    importance    INTEGER      DEFAULT 3 NOT NULL CHECK (importance BETWEEN 1 AND 5),
    PRIMARY KEY (goal_id, label)
);

CREATE TABLE provider (
    id       UUID         NOT NULL PRIMARY KEY,
    name     VARCHAR(300) NOT NULL,
    type     VARCHAR(20)  NOT NULL
             CHECK (type IN ('UNIVERSITY', 'INDUSTRY_BODY', 'VENDOR', 'PLATFORM', 'BOOTCAMP', 'EMPLOYER', 'OTHER')),
    country  VARCHAR(2),
    url      VARCHAR(1000),
    version  INTEGER      DEFAULT 0 NOT NULL
);
CREATE UNIQUE INDEX provider_name_idx ON provider (name);

CREATE TABLE credential (
    id                    UUID           NOT NULL PRIMARY KEY,
    title                 VARCHAR(500)   NOT NULL,
    -- Lower-cased title, provider name and skill labels: the catalog search runs on this column.
    search_text           VARCHAR(4000)  NOT NULL,
    provider_id           UUID           REFERENCES provider (id),
    kind                  VARCHAR(20)    NOT NULL
                          CHECK (kind IN ('CERTIFICATE', 'CERTIFICATION', 'BADGE', 'COURSE_SERIES', 'BOOTCAMP', 'DEGREE')),
    description           VARCHAR(20000),
    tuition               NUMERIC(14, 2) DEFAULT 0 NOT NULL CHECK (tuition >= 0),
    exam_fee              NUMERIC(14, 2) DEFAULT 0 NOT NULL CHECK (exam_fee >= 0),
    materials_cost        NUMERIC(14, 2) DEFAULT 0 NOT NULL CHECK (materials_cost >= 0),
    renewal_cost          NUMERIC(14, 2) DEFAULT 0 NOT NULL CHECK (renewal_cost >= 0),
    renewal_period_months INTEGER        CHECK (renewal_period_months > 0),
    currency              CHAR(3)        NOT NULL,
    -- Total of the one-off parts in the credential's own currency, kept for range filters and sorting.
    total_cost            NUMERIC(14, 2) DEFAULT 0 NOT NULL,
    effort_hours          INTEGER        DEFAULT 0 NOT NULL CHECK (effort_hours >= 0),
    fixed_duration_weeks  INTEGER        CHECK (fixed_duration_weeks > 0),
    format                VARCHAR(20)    NOT NULL CHECK (format IN ('ONLINE', 'IN_PERSON', 'HYBRID')),
    pacing                VARCHAR(20)    NOT NULL CHECK (pacing IN ('SELF_PACED', 'COHORT')),
    accreditation_body    VARCHAR(500),
    curriculum_standard   VARCHAR(500),
    instructor_expertise  INTEGER        DEFAULT 0 NOT NULL CHECK (instructor_expertise BETWEEN 0 AND 5),
    career_support        INTEGER        DEFAULT 0 NOT NULL CHECK (career_support BETWEEN 0 AND 5),
    credits               NUMERIC(8, 2)  CHECK (credits >= 0),
    credit_unit           VARCHAR(20)    CHECK (credit_unit IN ('ECTS', 'CREDIT_HOURS')),
    stacks_into           VARCHAR(500),
    badge_standard        VARCHAR(20)    DEFAULT 'NONE' NOT NULL
                          CHECK (badge_standard IN ('NONE', 'OPEN_BADGES_2', 'OPEN_BADGES_3')),
    validity_months       INTEGER        CHECK (validity_months > 0),
    eqf_level             INTEGER        CHECK (eqf_level BETWEEN 1 AND 8),
    url                   VARCHAR(1000),
    drawbacks             VARCHAR(4000),
    source                VARCHAR(1000),
    last_verified         DATE,
    origin                VARCHAR(20)    DEFAULT 'USER' NOT NULL
                          CHECK (origin IN ('DEMO', 'USER', 'IMPORT')),
    external_id           VARCHAR(1000),
    created_at            TIMESTAMP      NOT NULL,
    updated_at            TIMESTAMP      NOT NULL,
    version               INTEGER        DEFAULT 0 NOT NULL
);
CREATE INDEX credential_title_idx ON credential (title);
CREATE INDEX credential_cost_idx ON credential (total_cost);
CREATE INDEX credential_effort_idx ON credential (effort_hours);
CREATE INDEX credential_provider_idx ON credential (provider_id);
CREATE INDEX credential_external_idx ON credential (external_id);

-- Where one fact of a credential came from, when it differs from the credential's own source
-- (imports keep a source per figure; placeholders in the input are flagged here, not shown as facts).
CREATE TABLE credential_fact (
    credential_id  UUID          NOT NULL REFERENCES credential (id) ON DELETE CASCADE,
    field          VARCHAR(60)   NOT NULL,
    source         VARCHAR(1000) NOT NULL,
    last_verified  DATE,
    flag           VARCHAR(500),
    PRIMARY KEY (credential_id, field)
);

CREATE TABLE credential_skill (
    credential_id  UUID         NOT NULL REFERENCES credential (id) ON DELETE CASCADE,
    label          VARCHAR(300) NOT NULL,
    taxonomy_uri   VARCHAR(500),
    PRIMARY KEY (credential_id, label)
);
CREATE INDEX credential_skill_label_idx ON credential_skill (label);

CREATE TABLE credential_recognition (
    credential_id  UUID          NOT NULL REFERENCES credential (id) ON DELETE CASCADE,
    industry       VARCHAR(100)  NOT NULL,
    level          INTEGER       NOT NULL CHECK (level BETWEEN 0 AND 5),
    evidence       VARCHAR(4000),
    PRIMARY KEY (credential_id, industry)
);
CREATE INDEX credential_recognition_industry_idx ON credential_recognition (industry, level);

CREATE TABLE candidate (
    id             UUID          NOT NULL PRIMARY KEY,
    goal_id        UUID          NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    credential_id  UUID          NOT NULL REFERENCES credential (id),
    status         VARCHAR(20)   DEFAULT 'CONSIDERING' NOT NULL
                   CHECK (status IN ('CONSIDERING', 'CHOSEN', 'ENROLLED', 'COMPLETED', 'DROPPED')),
    planned_start  DATE,
    sort_order     INTEGER       DEFAULT 0 NOT NULL,
    note           VARCHAR(4000),
    created_at     TIMESTAMP     NOT NULL,
    updated_at     TIMESTAMP     NOT NULL,
    version        INTEGER       DEFAULT 0 NOT NULL,
    UNIQUE (goal_id, credential_id)
);
CREATE INDEX candidate_credential_idx ON candidate (credential_id);

CREATE TABLE earned_badge (
    id                    UUID            NOT NULL PRIMARY KEY,
    profile_id            UUID            NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
    credential_id         UUID            REFERENCES credential (id) ON DELETE SET NULL,
    badge_format          VARCHAR(30)     NOT NULL,
    external_id           VARCHAR(1000),
    issuer_name           VARCHAR(500),
    issuer_id             VARCHAR(1000),
    achievement_name      VARCHAR(500)    NOT NULL,
    achievement_id        VARCHAR(1000),
    achievement_type      VARCHAR(100),
    description           VARCHAR(20000),
    credits               NUMERIC(8, 2),
    issued_on             TIMESTAMP,
    valid_from            TIMESTAMP,
    valid_until           TIMESTAMP,
    verification          VARCHAR(30)     NOT NULL
                          CHECK (verification IN ('VERIFIED', 'NOT_VERIFIABLE_OFFLINE', 'INVALID_SIGNATURE', 'EXPIRED')),
    verification_detail   VARCHAR(2000),
    raw_credential        VARCHAR(1000000) NOT NULL,
    imported_at           TIMESTAMP       NOT NULL
);
CREATE INDEX earned_badge_profile_idx ON earned_badge (profile_id);

CREATE TABLE earned_badge_skill (
    badge_id      UUID         NOT NULL REFERENCES earned_badge (id) ON DELETE CASCADE,
    label         VARCHAR(300) NOT NULL,
    taxonomy_uri  VARCHAR(500),
    PRIMARY KEY (badge_id, label)
);

-- Skills from taxonomies (ESCO, O*NET) and the user's own, offered by the skill pickers.
CREATE TABLE skill (
    id           UUID          NOT NULL PRIMARY KEY,
    label        VARCHAR(300)  NOT NULL,
    uri          VARCHAR(500),
    taxonomy     VARCHAR(20)   NOT NULL CHECK (taxonomy IN ('ESCO', 'ONET', 'USER')),
    code         VARCHAR(100),
    description  VARCHAR(4000)
);
CREATE UNIQUE INDEX skill_uri_idx ON skill (uri);
CREATE INDEX skill_label_idx ON skill (label);

CREATE TABLE exchange_rate (
    from_currency  CHAR(3)         NOT NULL,
    to_currency    CHAR(3)         NOT NULL,
    rate           NUMERIC(20, 10) NOT NULL CHECK (rate > 0),
    updated_on     DATE            NOT NULL,
    PRIMARY KEY (from_currency, to_currency)
);

CREATE TABLE app_setting (
    name   VARCHAR(100)  NOT NULL PRIMARY KEY,
    val    VARCHAR(4000) NOT NULL
);
