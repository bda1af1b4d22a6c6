-- The home page's quick facts, which staff keep: each in English and French, with its source, the year of its
-- figures and, when there is one, a link to the source. Filled from the facts the product first shipped with.
create table site_fact (
    id          uuid primary key,
    shown_order integer not null,
    text_en     varchar(600) not null,
    text_fr     varchar(600) not null,
    source_en   varchar(400) not null,
    source_fr   varchar(400) not null,
    figures_year integer not null,
    link        varchar(400),
    updated_at  timestamp with time zone not null
);
