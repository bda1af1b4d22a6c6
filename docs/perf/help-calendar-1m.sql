-- Loads help requests until there are 1,000,000 (PostgreSQL only: generate_series, gen_random_uuid, md5).
-- Run by help-calendar-1m.sh on a database the application has migrated and loaded the demo into:
--   * Maggie's demo circle gets 2,000 requests over a year (half a year back, half ahead), about 5 a day;
--     Sam commits to every tenth, made-up helpers to a third of the others.
--   * 4,990 more circles in the demo community get 200 requests each over the same year, with made-up
--     coordinators and five made-up helpers each, committed to two requests in three.
--   * Sam also helps in four of those circles, with 20 commitments in each.
\set ON_ERROR_STOP on
\timing on
select c.id as maggie, c.community_id as community from circles_circle c where c.called = 'Maggie' \gset
select id as sam from accounts_account where email = 'volunteer@wraparound.example' \gset
select id as maria from accounts_account where email = 'member@wraparound.example' \gset
-- The demo already put a few requests in Maggie's circle: top it up to 2,000.
select 2000 - count(*) as top_up from helping_request where circle_id = :'maggie' \gset

begin;
create temporary table bench_circle on commit drop as
    select n, md5('bench-circle-' || n)::uuid as id, md5('bench-coordinator-' || n)::uuid as coordinator
    from generate_series(1, 4990) n;

insert into circles_circle (id, community_id, first_name, languages, prefers_women_helpers, prefers_men_helpers,
                            status, opened_at, opened_by, version)
select id, :'community', 'Bench ' || n, 'en', false, false, 'OPEN', now(), coordinator, 0 from bench_circle;

insert into circles_member (circle_id, account_id, role, joined_at)
select id, coordinator, 'COORDINATOR', now() from bench_circle
union all
select c.id, md5('bench-helper-' || c.n || '-' || h)::uuid, 'HELPER', now()
from bench_circle c cross join generate_series(0, 4) h
union all
select id, :'sam', 'HELPER', now() from bench_circle where n <= 4;

-- One row per request to make: its circle, its number in the circle, who posted it, and who (if anyone) committed.
create temporary table bench_request on commit drop as
select gen_random_uuid() as id, c.id as circle_id, c.coordinator as posted_by, k,
       date_trunc('day', now()) - interval '182 days' + (k * 365 / 200) * interval '1 day'
           + (8 + k % 10) * interval '1 hour' as starts_at,
       case when k % 3 = 0 then null else md5('bench-helper-' || c.n || '-' || k % 5)::uuid end as helper
from bench_circle c cross join generate_series(1, 200) k
union all
select gen_random_uuid(), :'maggie', :'maria', k,
       date_trunc('day', now()) - interval '182 days' + (k * 365 / :top_up) * interval '1 day'
           + (8 + k % 11) * interval '1 hour',
       case when k % 10 = 0 then :'sam'::uuid when k % 3 = 1 then md5('bench-helper-maggie-' || k % 7)::uuid end
from generate_series(1, :top_up) k;

-- Sam's commitments in the four circles he helps in: requests nobody had taken yet.
update bench_request set helper = :'sam'
where helper is null and circle_id in (select id from bench_circle where n <= 4) and k <= 60;

insert into helping_request (id, community_id, circle_id, kind, starts_at, ends_at, slots, taken, notes, address,
                             status, posted_by, posted_at)
select id, :'community', circle_id,
       (array ['MEAL','RIDE','VISIT','RESPITE','ERRAND','CALL','SPIRITUAL_CARE','CHORE','PET_CARE','OTHER'])[1 + k % 10],
       starts_at, starts_at + interval '1 hour', 1 + k % 3, case when helper is null then 0 else 1 end,
       case when k % 4 = 0 then 'Bench notes for request ' || k end, null, 'OPEN', posted_by, now()
from bench_request;

insert into helping_commitment (request_id, helper_id, committed_at)
select id, helper, now() from bench_request where helper is not null;
commit;

analyze circles_circle;
analyze circles_member;
analyze helping_request;
analyze helping_commitment;
select count(*) as requests from helping_request;
select count(*) as commitments from helping_commitment;
select count(*) as in_maggies_circle from helping_request where circle_id = :'maggie';
select count(*) as sams_commitments from helping_commitment where helper_id = :'sam';
