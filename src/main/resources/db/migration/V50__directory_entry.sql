-- The community asset map: groups, services and places that can help, as a community's champions list them. Public
-- information about public services; languages are kept as the names people typed, one per line.
create table directory_entry
(
    id             uuid                     not null primary key,
    community_id   uuid                     not null references communities_community (id) on delete cascade,
    name           varchar(120)             not null,
    category       varchar(30)              not null,
    description_en varchar(2000)            not null,
    description_fr varchar(2000)            not null,
    phone          varchar(40)              not null,
    email          varchar(254)             not null,
    website        varchar(300)             not null,
    hours          varchar(500)             not null,
    address        varchar(300)             not null,
    latitude       double precision,
    longitude      double precision,
    languages      varchar(300)             not null,
    accessibility  varchar(1000)            not null,
    maintained_by  varchar(120)             not null,
    checked_at     timestamp with time zone not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null
);
create index directory_entry_community_ix on directory_entry (community_id);

-- What the community lacks, as its champions see it ("no transport on Sundays").
create table directory_gap
(
    id           uuid                     not null primary key,
    community_id uuid                     not null references communities_community (id) on delete cascade,
    category     varchar(30)              not null,
    note         varchar(300)             not null,
    recorded_by  uuid                     not null,
    recorded_at  timestamp with time zone not null
);
create index directory_gap_community_ix on directory_gap (community_id);
