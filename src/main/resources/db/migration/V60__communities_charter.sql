-- The Compassionate City Charter tracker: per community, actions planned and done in each sector of the charter.
create table communities_charter_action
(
    id           uuid                     not null primary key,
    community_id uuid                     not null references communities_community (id) on delete cascade,
    sector       varchar(40)              not null,
    title        varchar(200)             not null,
    partner      varchar(200),
    status       varchar(20)              not null,
    notes        varchar(2000),
    -- when it was first marked done (kept if it is set back, so that it is announced once)
    done_at      timestamp with time zone,
    changed_by   uuid                     not null,
    changed_at   timestamp with time zone not null
);
create index communities_charter_action_community_ix on communities_charter_action (community_id, sector);
