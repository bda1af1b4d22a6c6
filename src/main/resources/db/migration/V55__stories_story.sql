-- Stories that members and champions tell about their community, kept through moderation. The author and the
-- community are other modules' records: referenced by id only. At most one published story is featured.
create table stories_story
(
    id             uuid                     not null primary key,
    author_id      uuid                     not null,
    community_id   uuid                     not null,
    title          varchar(150)             not null,
    body           text                     not null,
    language       varchar(2)               not null,
    theme          varchar(30)              not null,
    status         varchar(20)              not null,
    note           varchar(1000),
    photo_id       uuid,
    photo_alt      varchar(300),
    consent_confirmed boolean               not null,
    featured       boolean                  not null default false,
    submitted_at   timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    published_at   timestamp with time zone
);
create index stories_story_status_ix on stories_story (status, submitted_at);
create index stories_story_author_ix on stories_story (author_id);
