-- A helper group on a circle's support map can be an entry of the community's asset map (directory). Its name is
-- kept too, so the map still reads right if the entry is later removed from the directory.
alter table circles_supporter add column directory_entry uuid;
