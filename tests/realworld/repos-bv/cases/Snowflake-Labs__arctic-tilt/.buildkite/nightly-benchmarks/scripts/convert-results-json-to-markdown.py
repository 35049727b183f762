stub: upstream file of 7619 bytes
