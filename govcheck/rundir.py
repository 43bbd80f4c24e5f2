"""The environment variable through which a batch names its run folder to the readers: the
workers' LibreOffice profiles live inside it and go with it (a pool's workers end without
running atexit handlers, so they could not remove their own). A module of its own so the batch
can set it without importing a reader."""

RUN_DIR_ENV = "GOVCHECK_RUN_DIR"
