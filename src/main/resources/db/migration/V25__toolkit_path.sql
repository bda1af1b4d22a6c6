-- The toolkit's guided path: steps in phases, each step's guide in each language, and its checklist items.
-- The content is seeded by code in every setup; staff can edit it. Every version of a guide and of an item is
-- kept (changed_by is null for what the seed wrote). A guide or item staff edited is never overwritten by a seed.
create table toolkit_step
(
    step_key     varchar(60)  not null primary key,
    phase        varchar(40)  not null,
    position     integer      not null,
    weeks        integer      not null,
    tools        varchar(300) not null,
    seed_version integer      not null,
    check (weeks between 0 and 520)
);

create table toolkit_guide
(
    step_key varchar(60)  not null references toolkit_step (step_key),
    language varchar(2)   not null,
    version  integer      not null,
    title    varchar(200) not null,
    body     text         not null,
    edited   boolean      not null default false,
    primary key (step_key, language)
);

create table toolkit_guide_version
(
    step_key   varchar(60)              not null,
    language   varchar(2)               not null,
    version    integer                  not null,
    title      varchar(200)             not null,
    body       text                     not null,
    changed_by uuid,
    changed_at timestamp with time zone not null,
    primary key (step_key, language, version),
    foreign key (step_key, language) references toolkit_guide (step_key, language)
);

create table toolkit_item
(
    item_key varchar(80)  not null primary key,
    step_key varchar(60)  not null references toolkit_step (step_key),
    position integer      not null,
    label_en varchar(300) not null,
    label_fr varchar(300) not null,
    active   boolean      not null default true,
    edited   boolean      not null default false,
    version  integer      not null
);
create index toolkit_item_step_ix on toolkit_item (step_key, position);

create table toolkit_item_version
(
    item_key   varchar(80)              not null references toolkit_item (item_key),
    version    integer                  not null,
    label_en   varchar(300)             not null,
    label_fr   varchar(300)             not null,
    active     boolean                  not null,
    changed_by uuid,
    changed_at timestamp with time zone not null,
    primary key (item_key, version)
);
