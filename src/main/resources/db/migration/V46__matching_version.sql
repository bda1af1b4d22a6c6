-- What a community's candidates are made of beyond the volunteers' profiles (commitments, withdrawals, thanks)
-- changed this many times. Listeners on helping's events add one here, in the database, so that every node reads the
-- same number and rebuilds its in-memory index when it moves, whichever node heard the event.
create table matching_version
(
    community_id uuid   not null primary key,
    version      bigint not null
);
