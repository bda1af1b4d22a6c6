-- Repeating requests: the rule, and what each occurrence asks for. Occurrences are rows of helping_request made up to
-- a rolling horizon; there is at most one per series and day, so making them again (on another node, after a
-- restart) adds nothing, and an occurrence changed or cancelled alone is never made again.
create table helping_series
(
    id                 uuid                     not null primary key,
    community_id       uuid                     not null,
    circle_id          uuid                     not null references circles_circle (id) on delete cascade,
    frequency          varchar(20)              not null,
    first_day          date                     not null,
    start_time         time                     not null,
    end_time           time                     not null,
    time_zone          varchar(60)              not null,
    until_day          date,
    times              integer,
    made_until         date                     not null,
    status             varchar(20)              not null,
    kind               varchar(20)              not null,
    slots              integer                  not null,
    notes              varchar(2000),
    address            varchar(300),
    details            varchar(2000),
    latitude           double precision,
    longitude          double precision,
    posted_by          uuid                     not null,
    posted_at          timestamp with time zone not null,
    check (times is null or times between 1 and 200),
    check (end_time > start_time)
);
create index helping_series_circle_ix on helping_series (circle_id);
create index helping_series_made_until_ix on helping_series (status, made_until);

alter table helping_request add column series_id uuid references helping_series (id) on delete cascade;
alter table helping_request add column occurs_on date;
-- What a kind of help needs said (a meal's diet and allergies, a ride's pick-up and destination…), as key=value lines.
alter table helping_request add column details varchar(2000);
-- The approximate place, for matching: the person's point, never the exact address.
alter table helping_request add column latitude double precision;
alter table helping_request add column longitude double precision;
alter table helping_request add column cancel_reason varchar(500);
-- When coordinators and champions were told that it still needs helpers (told once).
alter table helping_request add column unfilled_noticed_at timestamp with time zone;
create unique index helping_request_occurrence_uk on helping_request (series_id, occurs_on);
create index helping_request_unfilled_ix on helping_request (unfilled_noticed_at, starts_at);

-- When the helper is to be reminded, worked out when they commit (and again when they change how long before), and
-- when the reminder was claimed for sending: a reminder is claimed by one conditional update, so it goes out once.
alter table helping_commitment add column remind_at timestamp with time zone;
alter table helping_commitment add column reminded_at timestamp with time zone;
create index helping_commitment_remind_ix on helping_commitment (reminded_at, remind_at);

-- How long before each commitment a person wants their reminder; no row means the default (24 hours); 0 means none.
create table helping_reminder_setting
(
    account_id   uuid    not null primary key,
    hours_before integer not null,
    check (hours_before between 0 and 168)
);
