-- Training: the courses a community offers its volunteers (some required before a champion may approve), and the
-- courses each volunteer has completed, the community's own or an outside one known only by its name.
create table volunteers_course (
    id            uuid primary key,
    community_id  uuid not null,
    name          varchar(200) not null,
    required      boolean not null default false,
    created_at    timestamp with time zone not null,
    constraint volunteers_course_name unique (community_id, name)
);

create table volunteers_training (
    id            uuid primary key,
    volunteer_id  uuid not null references volunteers_volunteer (id) on delete cascade,
    course_id     uuid references volunteers_course (id),
    outside_name  varchar(200),
    completed_on  date not null,
    recorded_by   uuid not null,
    recorded_at   timestamp with time zone not null,
    constraint volunteers_training_named check (course_id is not null or outside_name is not null)
);

create index volunteers_training_volunteer on volunteers_training (volunteer_id);
