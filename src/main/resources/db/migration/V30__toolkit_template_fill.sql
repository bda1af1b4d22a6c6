-- What a community typed into each fill-in template, kept for next time, and the language of its last PDF.
create table toolkit_template_fill
(
    community_id uuid                     not null,
    template_key varchar(40)              not null,
    language     varchar(2)               not null,
    updated_at   timestamp with time zone not null,
    updated_by   uuid                     not null,
    primary key (community_id, template_key)
);

-- One row per blank; an empty blank is kept as an empty string, so that clearing it is remembered too.
create table toolkit_template_value
(
    community_id uuid          not null,
    template_key varchar(40)   not null,
    field        varchar(40)   not null,
    field_value  varchar(1500) not null,
    primary key (community_id, template_key, field),
    foreign key (community_id, template_key) references toolkit_template_fill (community_id, template_key)
        on delete cascade
);
