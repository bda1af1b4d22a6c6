-- Requests matching has offered, with the little an offered volunteer may see before accepting (the person's first
-- name and neighbourhood, the kind of help and when: never the address or anything about health), and the offers.
-- One row per request is the lock that keeps two deliveries of the same event from offering it twice; an offer is
-- made once per request and volunteer, so an event heard again adds nothing.
create table matching_request
(
    request_id    uuid                     not null primary key,
    community_id  uuid                     not null,
    circle_id     uuid                     not null,
    kind          varchar(20)              not null,
    starts_at     timestamp with time zone not null,
    ends_at       timestamp with time zone not null,
    person_name   varchar(200)             not null,
    neighbourhood varchar(200),
    created_at    timestamp with time zone not null
);

create table matching_offer
(
    id          uuid                     not null primary key,
    request_id  uuid                     not null references matching_request (request_id) on delete cascade,
    volunteer_id uuid                    not null,
    status      varchar(20)              not null,
    km          double precision,
    offered_by  uuid,
    offered_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    answered_at timestamp with time zone,
    constraint matching_offer_once unique (request_id, volunteer_id)
);
create index matching_offer_volunteer_ix on matching_offer (volunteer_id, status);
