"""Uploads to the wiki: the resumable engine and its lane of the job runner (no Qt).

The UI and the CLI steer the queue through :mod:`desktop_app.services.upload_queue`; the
runner (:mod:`desktop_app.sync.uploads.lane`) does the uploading, claiming each job with a
lease so no two runners ever work one job.
"""
