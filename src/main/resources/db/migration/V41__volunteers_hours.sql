-- Hours a volunteer gave: proposed from completed help (one row per request) or added by hand, then approved (and
-- possibly corrected) by a champion. Only approved hours go on the volunteer's statement.
create table volunteers_hours (
    id           uuid primary key,
    volunteer_id uuid not null references volunteers_volunteer (id) on delete cascade,
    request_id   uuid,
    kind         varchar(30),
    activity     varchar(200) not null,
    worked_on    date not null,
    minutes      integer not null,
    status       varchar(20) not null,
    logged_at    timestamp with time zone not null,
    approved_by  uuid,
    approved_at  timestamp with time zone,
    constraint volunteers_hours_once_per_request unique (volunteer_id, request_id)
);

create index volunteers_hours_volunteer on volunteers_hours (volunteer_id, worked_on);
