-- Impact keeps one fact row per source record (a circle, a referral, a help request, a commitment, an approved hours
-- entry, a volunteer, a story, a survey answer, a charter action), written from the events the source modules
-- publish, or recounted from their facades by a rebuild. Each row is keyed by its source's id, so an event delivered
-- twice changes nothing. Dates ("_on") are days in the community's time zone, for the daily sums below.
create table impact_circle
(
    circle_id    uuid                     not null primary key,
    community_id uuid                     not null,
    opened_at    timestamp with time zone not null,
    opened_on    date                     not null,
    died_on      date,
    closed_at    timestamp with time zone,
    closed_on    date
);
create index impact_circle_opened_ix on impact_circle (community_id, opened_on);
create index impact_circle_closed_ix on impact_circle (community_id, closed_on);
create index impact_circle_died_ix on impact_circle (community_id, died_on);

create table impact_referral
(
    referral_id  uuid                     not null primary key,
    community_id uuid                     not null,
    source       varchar(40)              not null,
    domains      varchar(200)             not null,
    received_at  timestamp with time zone not null,
    received_on  date                     not null
);
create index impact_referral_received_ix on impact_referral (community_id, received_on);

-- A help request, counted on the day it was posted: filled when someone committed (fill_seconds is the time from
-- posting to the first commitment), cancelled when it was called off.
create table impact_request
(
    request_id   uuid                     not null primary key,
    community_id uuid                     not null,
    circle_id    uuid                     not null,
    kind         varchar(20)              not null,
    domain       varchar(20)              not null,
    posted_at    timestamp with time zone not null,
    posted_on    date                     not null,
    starts_at    timestamp with time zone not null,
    fill_seconds bigint,
    cancelled    boolean                  not null default false
);
create index impact_request_posted_ix on impact_request (community_id, posted_on);

create table impact_commitment
(
    request_id   uuid                     not null,
    helper_id    uuid                     not null,
    community_id uuid                     not null,
    circle_id    uuid                     not null,
    committed_at timestamp with time zone not null,
    done_on      date,
    thanked_on   date,
    primary key (request_id, helper_id)
);
create index impact_commitment_helper_ix on impact_commitment (helper_id);
create index impact_commitment_done_ix on impact_commitment (community_id, done_on);
create index impact_commitment_thanked_ix on impact_commitment (community_id, thanked_on);

create table impact_volunteer
(
    community_id uuid not null,
    volunteer_id uuid not null,
    applied_on   date,
    approved_on  date,
    primary key (community_id, volunteer_id)
);
create index impact_volunteer_applied_ix on impact_volunteer (community_id, applied_on);
create index impact_volunteer_approved_ix on impact_volunteer (community_id, approved_on);

create table impact_hours
(
    entry_id     uuid    not null primary key,
    community_id uuid    not null,
    volunteer_id uuid    not null,
    worked_on    date    not null,
    minutes      integer not null
);
create index impact_hours_worked_ix on impact_hours (community_id, worked_on);
create index impact_hours_volunteer_ix on impact_hours (volunteer_id, worked_on);

-- Stories, survey answers and charter actions: what happened, where and on which day.
create table impact_event
(
    source_id    uuid        not null,
    family       varchar(20) not null,
    community_id uuid        not null,
    happened_on  date        not null,
    primary key (family, source_id)
);
create index impact_event_day_ix on impact_event (community_id, happened_on);

-- Daily sums derived from the facts above (recounted for one community and day whenever one of its facts changes),
-- so that a dashboard adds up at most one row per day and figure, whatever the length of the history.
create table impact_day
(
    community_id uuid        not null,
    sum_day      date        not null,
    figure       varchar(40) not null,
    detail       varchar(60) not null,
    amount       bigint      not null,
    primary key (community_id, sum_day, figure, detail)
);

-- One row that every change of the facts locks first, so that two events of the same day never recount its sums
-- at the same time; and the moment the facts were last rebuilt from the source modules.
create table impact_lock
(
    id           integer not null primary key,
    rebuilt_at   timestamp with time zone
);
insert into impact_lock (id, rebuilt_at) values (1, null);
