-- What the counting board confirms when it closes a count (src/site/rules.md, "Sinh hoạt chi bộ và đại hội"):
-- the ballots it found in the box, why fewer came back than were handed out, the count record's own number
-- (unique within the congress) and the time the count ended. Kept, so a re-export prints the same record.
ALTER TABLE election_round ADD COLUMN ballots_collected INTEGER;
ALTER TABLE election_round ADD COLUMN shortfall_note VARCHAR(1000);
ALTER TABLE election_round ADD COLUMN record_number INTEGER;
