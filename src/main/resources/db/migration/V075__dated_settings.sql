-- Dated settings (quy định theo ngày hiệu lực): a value the clerk entered for a rule of the Party texts (a dues rate, a
-- regional minimum wage, a deadline, a cut-off), in force from a date, with the reason the clerk gave. The program's
-- own values, with their sources, ship in rulebook/defaults.properties; a row here adds to or replaces one of them
-- from its date on. See src/site/rules.md, "Quy định theo ngày hiệu lực".
CREATE TABLE dated_setting (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    setting_key    VARCHAR(120)  NOT NULL,
    effective_from DATE          NOT NULL,
    setting_value  VARCHAR(200)  NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    recorded_at    TIMESTAMP     NOT NULL,
    CONSTRAINT dated_setting_once UNIQUE (setting_key, effective_from),
    CONSTRAINT dated_setting_reason CHECK (CHAR_LENGTH(TRIM(reason)) > 0)
);
