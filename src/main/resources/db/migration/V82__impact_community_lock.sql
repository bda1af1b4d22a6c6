-- One lock row per community: a change of a community's facts locks its row first, so that two changes of the same
-- community never recount its daily sums at the same time, while changes of different communities do not wait for
-- each other. Rows are added on a community's first change. The rebuild locks every row (and impact_lock's).
create table impact_community_lock
(
    community_id uuid not null primary key
);
