-- The plans of the impact page's heaviest queries (Readings.figures, run for the period and the one before it) and of
-- a daily recount (DailySums, run on every fact written), for the demo community and the last quarter. Run by
-- impact-1m.sh after the load and the rebuild; by hand: psql -h 127.0.0.1 -U postgres -d wraparound_impact_bench -f ...
\set ON_ERROR_STOP on
select id as demo from communities_community where slug = 'maple-grove-compassionate-community' \gset
select (current_date - interval '3 months' + interval '1 day')::date as from_day, current_date as to_day,
       (current_date - interval '90 days')::date as active_from, (current_date - interval '6 months')::date as six_months,
       (current_date - interval '10 days')::date as one_day \gset

\echo -- the daily sums of the period
explain (analyze, buffers, costs off)
select sum_day, figure, detail, amount from impact_day where community_id = :'demo' and sum_day between :'from_day' and :'to_day';

\echo -- unfilled requests by kind and domain
explain (analyze, buffers, costs off)
select kind || ':' || domain, count(*) from impact_request where community_id = :'demo'
and posted_on between :'from_day' and :'to_day' and fill_seconds is null and not cancelled and starts_at < now()
group by kind, domain;

\echo -- median time to fill
explain (analyze, buffers, costs off)
select percentile_cont(0.5) within group (order by fill_seconds), count(*)
from impact_request where community_id = :'demo' and posted_on between :'from_day' and :'to_day'
and fill_seconds is not null and not cancelled;

\echo -- people supported (circles open in the period)
explain (analyze, buffers, costs off)
select count(*) from impact_circle where community_id = :'demo' and opened_on <= :'to_day'
and (closed_on is null or closed_on >= :'from_day');

\echo -- volunteers retainable
explain (analyze, buffers, costs off)
select count(*) from impact_volunteer where community_id = :'demo' and approved_on <= :'six_months';

\echo -- active volunteers (hours or help done in the last 90 days)
explain (analyze, buffers, costs off)
select count(*) from impact_volunteer v where v.community_id = :'demo' and v.approved_on <= :'to_day'
and v.volunteer_id in (
    select h.volunteer_id from impact_hours h where h.community_id = :'demo' and h.worked_on between :'active_from' and :'to_day'
    union
    select c.helper_id from impact_commitment c where c.community_id = :'demo' and c.done_on between :'active_from' and :'to_day');

\echo -- a daily recount: requests posted on one day, by kind and domain
explain (analyze, buffers, costs off)
select kind || ':' || domain, count(*) from impact_request where community_id = :'demo' and posted_on = :'one_day'
group by kind, domain;

\echo -- a daily recount: help given on one day
explain (analyze, buffers, costs off)
select '', count(*) from impact_commitment where community_id = :'demo' and done_on = :'one_day';

\echo -- a daily recount: hours on one day
explain (analyze, buffers, costs off)
select '', sum(minutes) from impact_hours where community_id = :'demo' and worked_on = :'one_day';
