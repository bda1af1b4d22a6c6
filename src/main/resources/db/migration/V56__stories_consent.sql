-- Who agreed to be named or shown in a story, how they said so and when: one row per person.
create table stories_consent
(
    id         uuid         not null primary key,
    story_id   uuid         not null references stories_story (id) on delete cascade,
    position   integer      not null,
    person     varchar(120) not null,
    given_how  varchar(30)  not null,
    given_on   date         not null
);
create index stories_consent_story_ix on stories_consent (story_id);
