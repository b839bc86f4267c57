"""Resumable, verified uploads to the wiki: engine, adaptive chunks, faults, queue.

No Qt here: the UI and the CLI call :class:`~desktop_app.sync.uploads.queue.UploadQueue`
and run :class:`~desktop_app.sync.uploads.queue.UploadWorker` on a background thread.
"""
