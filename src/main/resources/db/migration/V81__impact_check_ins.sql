-- Evaluation check-ins: a short question set emailed to a circle's caregivers (its coordinators) a month after the
-- circle opened, then every three months. Each is answered once, without signing in, through a link whose secret is
-- stored only as its SHA-256 hash. Results are only ever shown added up per community.
create table impact_check_in
(
    id           uuid                     not null primary key,
    community_id uuid                     not null,
    circle_id    uuid                     not null,
    account_id   uuid                     not null,
    due_on       date                     not null,
    token_hash   varchar(64)              not null unique,
    sent_at      timestamp with time zone not null,
    answered_at  timestamp with time zone,
    supported    integer,
    unmet        varchar(200),
    lonely       integer,
    comment      varchar(2000),
    constraint impact_check_in_once unique (circle_id, account_id, due_on),
    check (supported is null or supported between 1 and 5),
    check (lonely is null or lonely between 1 and 5)
);
create index impact_check_in_answered_ix on impact_check_in (community_id, answered_at);
