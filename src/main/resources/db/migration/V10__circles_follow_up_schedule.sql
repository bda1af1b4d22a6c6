-- When each community checks in with the bereaved, if its champions chose other times than the default.
create table circles_follow_up_schedule
(
    community_id uuid                     not null primary key,
    check_ins    varchar(200)             not null,
    updated_at   timestamp with time zone not null,
    updated_by   uuid                     not null
);
