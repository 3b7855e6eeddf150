-- The record of a closed count, kept as the board closed it (src/site/rules.md, "Bầu cử tại đại hội chi bộ": a
-- kept count is the record). The count record, the result screen and the tally workbook of a past count read
-- these figures back and never count again, so a later change to a rule of the program cannot alter a past
-- congress. Each row belongs to its round: deleting a round (which the program never does once it is counted)
-- takes its record with it.

-- N with its working, the threshold and the ballot figures of the count.
CREATE TABLE election_round_count (
    round_id               BIGINT   NOT NULL PRIMARY KEY,
    official_members       INTEGER  NOT NULL,
    temporarily_elsewhere  INTEGER  NOT NULL,
    exempt_absent          INTEGER  NOT NULL,
    suspended              INTEGER  NOT NULL,
    absent_excused         INTEGER  NOT NULL,
    prosecuted_or_detained INTEGER  NOT NULL,
    base_n                 INTEGER  NOT NULL,
    votes_needed           INTEGER  NOT NULL,
    ballot_holders         INTEGER  NOT NULL,
    seats                  INTEGER  NOT NULL,
    alternates             INTEGER  NOT NULL,
    keep_limit             INTEGER  NOT NULL,
    ballots_issued         INTEGER  NOT NULL,
    ballots_collected      INTEGER  NOT NULL,
    valid_ballots          INTEGER  NOT NULL,
    invalid_ballots        INTEGER  NOT NULL,
    seats_unfilled         INTEGER  NOT NULL,
    alternates_unfilled    INTEGER  NOT NULL,
    tie_for_alternates     BOOLEAN  NOT NULL,
    CONSTRAINT election_round_count_round_fk FOREIGN KEY (round_id) REFERENCES election_round (id) ON DELETE CASCADE,
    CONSTRAINT election_round_count_base CHECK (base_n = official_members - temporarily_elsewhere - exempt_absent
        - suspended - absent_excused - prosecuted_or_detained AND base_n >= 0),
    CONSTRAINT election_round_count_places CHECK (seats >= 0 AND alternates >= 0 AND seats + alternates >= 1
        AND keep_limit >= 1 AND seats_unfilled BETWEEN 0 AND seats AND alternates_unfilled BETWEEN 0 AND alternates),
    CONSTRAINT election_round_count_ballots CHECK (ballots_issued >= 0 AND ballots_collected >= 0
        AND valid_ballots >= 0 AND invalid_ballots >= 0 AND votes_needed >= 1 AND ballot_holders >= 0)
);

-- Each candidate's line as counted: Party years (they order alternates), whether the votes passed the threshold,
-- and the place among the elected, the alternates or the tied (the order those lists were announced in).
ALTER TABLE election_round_result ADD COLUMN party_years INTEGER;
ALTER TABLE election_round_result ADD COLUMN passed BOOLEAN;
ALTER TABLE election_round_result ADD COLUMN place_order INTEGER;

-- Why ballots were invalid, with how many: a message key with its arguments (the board's own words are the
-- argument of election.engine.reasonBoard), so the record reads in the language it is shown in.
CREATE TABLE election_round_reason (
    round_id      BIGINT         NOT NULL,
    position      INTEGER        NOT NULL,
    message_key   VARCHAR(120)   NOT NULL,
    message_args  VARCHAR(4000)  NOT NULL,
    ballots       INTEGER        NOT NULL,
    PRIMARY KEY (round_id, position),
    CONSTRAINT election_round_reason_round_fk FOREIGN KEY (round_id) REFERENCES election_round (id) ON DELETE CASCADE,
    CONSTRAINT election_round_reason_ballots CHECK (ballots >= 1)
);

-- The figures the count asked the board to check, as message keys with their arguments.
CREATE TABLE election_round_problem (
    round_id      BIGINT         NOT NULL,
    position      INTEGER        NOT NULL,
    severity      VARCHAR(10)    NOT NULL,
    field_name    VARCHAR(60),
    message_key   VARCHAR(120)   NOT NULL,
    message_args  VARCHAR(4000)  NOT NULL,
    PRIMARY KEY (round_id, position),
    CONSTRAINT election_round_problem_round_fk FOREIGN KEY (round_id) REFERENCES election_round (id) ON DELETE CASCADE,
    CONSTRAINT election_round_problem_severity CHECK (severity IN ('ERROR', 'WARNING'))
);
