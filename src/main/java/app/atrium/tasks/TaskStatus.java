package app.atrium.tasks;

/** Whether a task still needs doing. */
public enum TaskStatus {
  OPEN,
  DONE
}
