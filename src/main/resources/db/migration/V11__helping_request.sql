-- Help requests a circle's coordinators post (a meal, a ride, a visit…), one-off for now, and who committed to each.
-- A slot is only ever taken by one conditional update of "taken" (where taken < slots) together with the insert of a
-- commitment, in one transaction, so two people claiming the last slot at once cannot both get it.
create table helping_request
(
    id           uuid                     not null primary key,
    community_id uuid                     not null,
    circle_id    uuid                     not null references circles_circle (id) on delete cascade,
    kind         varchar(20)              not null,
    starts_at    timestamp with time zone not null,
    ends_at      timestamp with time zone not null,
    slots        integer                  not null,
    taken        integer                  not null default 0,
    notes        varchar(2000),
    address      varchar(300),
    status       varchar(20)              not null,
    posted_by    uuid                     not null,
    posted_at    timestamp with time zone not null,
    check (slots between 1 and 10),
    check (taken between 0 and slots),
    check (ends_at > starts_at)
);
create index helping_request_circle_ix on helping_request (circle_id, starts_at);

create table helping_commitment
(
    request_id   uuid                     not null references helping_request (id) on delete cascade,
    helper_id    uuid                     not null,
    committed_at timestamp with time zone not null,
    done_at      timestamp with time zone,
    thanks       varchar(500),
    thanked_at   timestamp with time zone,
    primary key (request_id, helper_id)
);
create index helping_commitment_helper_ix on helping_commitment (helper_id);
