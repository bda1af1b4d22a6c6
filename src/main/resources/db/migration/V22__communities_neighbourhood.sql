-- The neighbourhoods a community's champions name, each with a centre point. Volunteers and circles refer to them by
-- id, so a neighbourhood keeps its id when renamed.
create table communities_neighbourhood
(
    id           uuid                     not null primary key,
    community_id uuid                     not null references communities_community (id) on delete cascade,
    name         varchar(80)              not null,
    latitude     double precision         not null,
    longitude    double precision         not null,
    created_at   timestamp with time zone not null
);
create index communities_neighbourhood_community_ix on communities_neighbourhood (community_id);
