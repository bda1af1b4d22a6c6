-- Each community's progress on the toolkit path: when it started (suggested weeks count from then) and which
-- checklist items its champions ticked, who and when. Unticking removes the tick.
create table toolkit_start
(
    community_id uuid                     not null primary key,
    started_at   timestamp with time zone not null
);

create table toolkit_tick
(
    community_id uuid                     not null,
    item_key     varchar(80)              not null references toolkit_item (item_key),
    ticked_by    uuid                     not null,
    ticked_at    timestamp with time zone not null,
    primary key (community_id, item_key)
);
