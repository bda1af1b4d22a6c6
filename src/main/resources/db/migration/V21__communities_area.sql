-- A community's area (a centre point and a radius), its working languages and a short public description.
-- Communities started before this have no area yet (their champions can give one); they keep both languages.
alter table communities_community add column latitude double precision;
alter table communities_community add column longitude double precision;
alter table communities_community add column radius_km double precision;
alter table communities_community add column languages varchar(10) default 'en,fr' not null;
alter table communities_community add column description_en varchar(2000);
alter table communities_community add column description_fr varchar(2000);
