-- The State Council's holiday arrangements, one row per day that differs from the Monday-to-Friday rule.
-- (YEAR and DAY are keywords in H2, hence the prefixed column names.)
CREATE TABLE gk_calendar_year (
    cal_year        INT          PRIMARY KEY,
    source          VARCHAR(500) NOT NULL,
    loaded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    loaded_by       VARCHAR(64)  NOT NULL
);

CREATE TABLE gk_calendar_day (
    cal_day         DATE         PRIMARY KEY,
    cal_year        INT          NOT NULL REFERENCES gk_calendar_year (cal_year),
    -- HOLIDAY: a day off, even on a weekday; WORKDAY: a make-up working day (调休) on a weekend.
    kind            VARCHAR(16)  NOT NULL,
    holiday         VARCHAR(64)  NOT NULL
);
