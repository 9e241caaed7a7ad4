-- Jobs: db-scheduler's own table (global by nature: one row per scheduled execution, picked by one
-- node at a time, which is what makes a job run once however many nodes share the database), and
-- the one narrow lookup a job needs to visit every tenant.

CREATE TABLE scheduled_tasks (
  task_name            text NOT NULL,
  task_instance        text NOT NULL,
  task_data            bytea,
  execution_time       timestamptz NOT NULL,
  picked               boolean NOT NULL,
  picked_by            text,
  last_success         timestamptz,
  last_failure         timestamptz,
  consecutive_failures integer,
  last_heartbeat       timestamptz,
  version              bigint NOT NULL,
  priority             smallint,
  PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx
  ON scheduled_tasks (priority DESC, execution_time ASC);

-- Jobs: the ids of all tenants, oldest first, and nothing else about them. A job then works in
-- each tenant's own scope, under row-level security like any request.
CREATE FUNCTION atrium_job_tenants() RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT id FROM tenant ORDER BY created_at, id $$;
GRANT EXECUTE ON FUNCTION atrium_job_tenants() TO ${app_role};
