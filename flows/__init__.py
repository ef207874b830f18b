"""Orchestration: the Prefect flows, tasks, deployments, schedules and task runners that compose the stages.

Prefect reads its settings when it is first imported, so the package sets them before any of its
modules can import `prefect` (Prefect home under the data folder, analytics off, quiet logs; see
`flows.prefect_env.configure`). That is why no flow module has to configure before its imports.
"""

from flows.prefect_env import configure

configure()
