"""Sync with the township: signed export files, safe import, enrolment of keys.

``bundle`` writes a village's file, ``importer`` reads files from a stick (``incoming`` checks,
``merge`` writes), ``township_file`` carries the township's policy back to the villages, ``keys``
holds the signing keys and enrolment, ``tables`` lists what travels.
"""
