-- News a circle shares: coordinators (and the person) post updates, every member may comment. Plain text only.
create table circles_update
(
    id        uuid                     not null primary key,
    circle_id uuid                     not null references circles_circle (id) on delete cascade,
    author_id uuid                     not null,
    body      varchar(4000)            not null,
    posted_at timestamp with time zone not null
);
create index circles_update_circle_ix on circles_update (circle_id, posted_at);

create table circles_comment
(
    id        uuid                     not null primary key,
    update_id uuid                     not null references circles_update (id) on delete cascade,
    author_id uuid                     not null,
    body      varchar(2000)            not null,
    posted_at timestamp with time zone not null
);
create index circles_comment_update_ix on circles_comment (update_id, posted_at);

-- Members who asked for a daily summary by email, and up to when they have had one. Kept apart from
-- circles_member, which the circle aggregate rewrites on every save. A node claims a member's next summary by
-- moving last_sent_at with a conditional update, so a summary goes out once even when the job runs twice.
create table circles_digest
(
    circle_id     uuid                     not null references circles_circle (id) on delete cascade,
    account_id    uuid                     not null,
    last_sent_at  timestamp with time zone not null,
    primary key (circle_id, account_id)
);

-- The support network: who helps with which domain, a member of the circle or someone outside the platform.
create table circles_supporter
(
    id         uuid                     not null primary key,
    circle_id  uuid                     not null references circles_circle (id) on delete cascade,
    domain     varchar(20)              not null,
    account_id uuid,
    name       varchar(100),
    added_at   timestamp with time zone not null,
    added_by   uuid                     not null,
    check (account_id is not null or name is not null)
);
create index circles_supporter_circle_ix on circles_supporter (circle_id);
