create table communities_community
(
    id         uuid                     not null primary key,
    slug       varchar(60)              not null,
    name       varchar(120)             not null,
    region     varchar(120)             not null,
    time_zone  varchar(60)              not null,
    created_at timestamp with time zone not null,
    version    bigint                   not null
);
create unique index communities_community_slug_uk on communities_community (slug);

-- accounts are another module's: referenced by id only, no foreign key across modules
create table communities_champion
(
    community_id uuid                     not null references communities_community (id) on delete cascade,
    account_id   uuid                     not null,
    since        timestamp with time zone not null,
    primary key (community_id, account_id)
);
create index communities_champion_account_ix on communities_champion (account_id);
