-- Schema version 1 of the contract database (SQLite).
-- Amounts are INTEGER minor units beside a currency code ('' for an amount without currency), percentages
-- are INTEGER parts per million, dates are ISO 8601 text (YYYY-MM-DD), instants are ISO 8601 UTC text with
-- milliseconds, flags are 0 or 1, and clause settings are the domain's names for them ('night-by-night').

-- 'ATTR': marks the file as a contract database.
PRAGMA application_id = 1096045650;

CREATE TABLE schema_version (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

-- The organizers. A row stays when its contracts are removed, so that its history can be seen.
CREATE TABLE accounts (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE contracts (
    id                                  INTEGER PRIMARY KEY,
    reference                           TEXT NOT NULL UNIQUE,
    version                             INTEGER NOT NULL CHECK (version >= 1),
    group_name                          TEXT NOT NULL,
    account_id                          INTEGER REFERENCES accounts (id),
    hotel                               TEXT NOT NULL,
    sales_manager                       TEXT NOT NULL,
    status                              TEXT NOT NULL,
    currency                            TEXT NOT NULL,
    signed_on                           TEXT NOT NULL,
    arrival                             TEXT NOT NULL,
    departure                           TEXT NOT NULL,
    cutoff                              TEXT,
    rounding                            TEXT NOT NULL,
    room_nights                         INTEGER NOT NULL, -- the contracted block, for the contract list
    cancellation_notice                 TEXT,
    force_majeure                       INTEGER NOT NULL,
    notes                               TEXT NOT NULL,

    attrition_enabled                   INTEGER NOT NULL,
    attrition_performance_ppm           INTEGER NOT NULL,
    attrition_method                    TEXT NOT NULL,
    attrition_over_block_credit         INTEGER NOT NULL,
    attrition_threshold_rounding        TEXT NOT NULL,
    attrition_damages_factor_ppm        INTEGER NOT NULL,
    attrition_rate_basis                TEXT NOT NULL,
    attrition_resale_credit             TEXT NOT NULL,
    attrition_resale_min_occupancy_ppm  INTEGER,
    attrition_count_outside_block       INTEGER NOT NULL,
    attrition_count_billed_no_shows     INTEGER NOT NULL,
    attrition_count_walked              INTEGER NOT NULL,
    attrition_cap_minor                 INTEGER,
    attrition_cap_currency              TEXT,
    attrition_cap_rooms_at_night_block  INTEGER NOT NULL,
    attrition_taxable                   INTEGER NOT NULL,
    attrition_tax_rate_ppm              INTEGER NOT NULL,

    fb_minimum_minor                    INTEGER NOT NULL,
    fb_minimum_currency                 TEXT NOT NULL,
    fb_allowance_ppm                    INTEGER NOT NULL,
    fb_actual_spend_minor               INTEGER NOT NULL,
    fb_actual_spend_currency            TEXT NOT NULL,
    fb_damages_factor_ppm               INTEGER NOT NULL,
    fb_service_charge_ppm               INTEGER NOT NULL,
    fb_service_charge_on_damages        INTEGER NOT NULL,
    fb_tax_rate_ppm                     INTEGER NOT NULL,
    fb_tax_on_damages                   INTEGER NOT NULL,
    fb_tax_on_service_charge            INTEGER NOT NULL,

    meeting_rental_minor                INTEGER NOT NULL,
    meeting_rental_currency             TEXT NOT NULL,
    meeting_policy                      TEXT NOT NULL,
    meeting_taxable                     INTEGER NOT NULL,
    meeting_tax_rate_ppm                INTEGER NOT NULL,

    comp_per_room_nights                INTEGER NOT NULL,
    comp_per_night                      INTEGER NOT NULL,
    comp_count_toward_pickup            INTEGER NOT NULL,

    cancellation_basis                  TEXT NOT NULL,
    cancellation_round_to_whole_units   INTEGER NOT NULL,
    cancellation_credit_resale          INTEGER NOT NULL,
    cancellation_taxable                INTEGER NOT NULL,
    cancellation_tax_rate_ppm           INTEGER NOT NULL,
    cancellation_waive_on_force_majeure INTEGER NOT NULL,

    created_at                          TEXT NOT NULL,
    created_by                          TEXT NOT NULL,
    updated_at                          TEXT NOT NULL,
    updated_by                          TEXT NOT NULL
);

-- The contract list sorts and filters by these.
CREATE INDEX contracts_arrival ON contracts (arrival);
CREATE INDEX contracts_departure ON contracts (departure);
CREATE INDEX contracts_group_name ON contracts (group_name);
CREATE INDEX contracts_account ON contracts (account_id, arrival);
CREATE INDEX contracts_hotel ON contracts (hotel);
CREATE INDEX contracts_sales_manager ON contracts (sales_manager);
CREATE INDEX contracts_status ON contracts (status);
-- The list sorts by status in the order of the workflow, not alphabetically.
CREATE INDEX contracts_status_rank ON contracts ((CASE status WHEN 'prospect' THEN 0 WHEN 'tentative' THEN 1
    WHEN 'definite' THEN 2 WHEN 'cancelled' THEN 3 WHEN 'actualized' THEN 4 ELSE 5 END), id);
CREATE INDEX contracts_room_nights ON contracts (room_nights);
CREATE INDEX contracts_updated_at ON contracts (updated_at);

-- The lists of a contract. `position` keeps the order in which the contract lists them.

CREATE TABLE block_entries (
    contract_id   INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    night         TEXT NOT NULL,
    room_type     TEXT NOT NULL,
    rooms         INTEGER NOT NULL,
    rate_minor    INTEGER NOT NULL,
    rate_currency TEXT NOT NULL,
    PRIMARY KEY (contract_id, position)
) WITHOUT ROWID;

CREATE TABLE review_steps (
    contract_id       INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    deadline          TEXT NOT NULL,
    max_reduction_ppm INTEGER NOT NULL,
    PRIMARY KEY (contract_id, position)
) WITHOUT ROWID;

CREATE TABLE reductions (
    contract_id INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    recorded    TEXT NOT NULL,
    night       TEXT NOT NULL,
    room_type   TEXT NOT NULL,
    rooms       INTEGER NOT NULL,
    PRIMARY KEY (contract_id, position)
) WITHOUT ROWID;

CREATE TABLE pickup_entries (
    contract_id INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    night       TEXT NOT NULL,
    room_type   TEXT NOT NULL,
    rooms       INTEGER NOT NULL,
    PRIMARY KEY (contract_id, position)
) WITHOUT ROWID;

CREATE TABLE audit_credits (
    contract_id     INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    night           TEXT NOT NULL,
    outside_block   INTEGER NOT NULL,
    billed_no_shows INTEGER NOT NULL,
    walked          INTEGER NOT NULL,
    PRIMARY KEY (contract_id, position)
) WITHOUT ROWID;

CREATE TABLE resale_entries (
    contract_id   INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    night         TEXT NOT NULL,
    room_nights   INTEGER NOT NULL,
    rate_minor    INTEGER NOT NULL,
    rate_currency TEXT NOT NULL,
    PRIMARY KEY (contract_id, position)
) WITHOUT ROWID;

CREATE TABLE occupancy (
    contract_id   INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    night         TEXT NOT NULL,
    occupancy_ppm INTEGER NOT NULL,
    PRIMARY KEY (contract_id, position)
) WITHOUT ROWID;

CREATE TABLE meeting_scale_bands (
    contract_id    INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    min_pickup_ppm INTEGER NOT NULL,
    charged_ppm    INTEGER NOT NULL,
    PRIMARY KEY (contract_id, position)
) WITHOUT ROWID;

CREATE TABLE cancellation_tiers (
    contract_id       INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    min_days          INTEGER NOT NULL,
    max_days          INTEGER,
    percent_ppm       INTEGER NOT NULL,
    rooms_ppm         INTEGER NOT NULL,
    food_beverage_ppm INTEGER NOT NULL,
    meeting_room_ppm  INTEGER NOT NULL,
    PRIMARY KEY (contract_id, position)
) WITHOUT ROWID;

CREATE TABLE deposits (
    contract_id     INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    received        TEXT NOT NULL,
    amount_minor    INTEGER NOT NULL,
    amount_currency TEXT NOT NULL,
    note            TEXT NOT NULL,
    PRIMARY KEY (contract_id, position)
) WITHOUT ROWID;

-- Pickup reports as run on a date, for charting the pace of pickup.
CREATE TABLE pickup_snapshots (
    id          INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    report_date TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    UNIQUE (contract_id, report_date)
);

CREATE TABLE pickup_snapshot_entries (
    snapshot_id INTEGER NOT NULL REFERENCES pickup_snapshots (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    night       TEXT NOT NULL,
    room_type   TEXT NOT NULL,
    rooms       INTEGER NOT NULL,
    PRIMARY KEY (snapshot_id, position)
) WITHOUT ROWID;

-- What-if scenarios. has_pickup / has_resale tell an empty override list from none.
CREATE TABLE scenarios (
    id                   INTEGER PRIMARY KEY,
    contract_id          INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    name                 TEXT NOT NULL,
    uniform_pickup_ppm   INTEGER,
    has_pickup           INTEGER NOT NULL,
    fb_spend_minor       INTEGER,
    fb_spend_currency    TEXT,
    has_resale           INTEGER NOT NULL,
    cancellation_notice  TEXT,
    without_cancellation INTEGER NOT NULL,
    saved_at             TEXT NOT NULL,
    saved_by             TEXT NOT NULL,
    UNIQUE (contract_id, name)
);

CREATE TABLE scenario_pickup_entries (
    scenario_id INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    night       TEXT NOT NULL,
    room_type   TEXT NOT NULL,
    rooms       INTEGER NOT NULL,
    PRIMARY KEY (scenario_id, position)
) WITHOUT ROWID;

CREATE TABLE scenario_resale_entries (
    scenario_id   INTEGER NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    night         TEXT NOT NULL,
    room_nights   INTEGER NOT NULL,
    rate_minor    INTEGER NOT NULL,
    rate_currency TEXT NOT NULL,
    PRIMARY KEY (scenario_id, position)
) WITHOUT ROWID;

-- Who changed what and when. No foreign key to contracts: the trail outlives a removed contract.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    action      TEXT NOT NULL,
    contract_id INTEGER NOT NULL,
    reference   TEXT NOT NULL,
    version     INTEGER NOT NULL,
    subject     TEXT NOT NULL
);

CREATE INDEX audit_log_contract ON audit_log (contract_id, id);
CREATE INDEX audit_log_reference ON audit_log (reference, id);
CREATE INDEX audit_log_user ON audit_log (user_name, id);

CREATE TABLE audit_changes (
    audit_id     INTEGER NOT NULL REFERENCES audit_log (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    field        TEXT NOT NULL,
    before_value TEXT NOT NULL,
    after_value  TEXT NOT NULL,
    PRIMARY KEY (audit_id, position)
) WITHOUT ROWID;
