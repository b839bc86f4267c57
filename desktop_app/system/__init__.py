"""Where the app lives on this machine: data folder, log file, secrets in the keyring (no Qt)."""
