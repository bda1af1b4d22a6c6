-- A story's photo, after it was checked and re-encoded (no EXIF or GPS left). A new photo gets a new id, so the
-- address of a photo never changes what it shows and can be cached for long.
create table stories_photo
(
    id           uuid                     not null primary key,
    content_type varchar(30)              not null,
    width        integer                  not null,
    height       integer                  not null,
    bytes        bytea                    not null,
    created_at   timestamp with time zone not null
);
