-- Schema version 4 (SQLite): the hotel's outlook per night, what a quote weighs a proposed group against.
-- One row per hotel (matched exactly, as contracts.hotel) and night: the rooms it can sell, the
-- unconstrained transient demand in millionths of a room, the transient rate net of commissions and the
-- ancillary profit per occupied transient room, as INTEGER minor units beside a currency code ('' for a zero
-- ancillary profit without currency).
CREATE TABLE hotel_outlook (
    hotel              TEXT NOT NULL,
    night              TEXT NOT NULL,
    capacity           INTEGER NOT NULL CHECK (capacity >= 0),
    demand_micro       INTEGER NOT NULL CHECK (demand_micro >= 0),
    net_adr_minor      INTEGER NOT NULL,
    net_adr_currency   TEXT NOT NULL,
    ancillary_minor    INTEGER NOT NULL,
    ancillary_currency TEXT NOT NULL,
    saved_at           TEXT NOT NULL,
    saved_by           TEXT NOT NULL,
    PRIMARY KEY (hotel, night)
) WITHOUT ROWID;
