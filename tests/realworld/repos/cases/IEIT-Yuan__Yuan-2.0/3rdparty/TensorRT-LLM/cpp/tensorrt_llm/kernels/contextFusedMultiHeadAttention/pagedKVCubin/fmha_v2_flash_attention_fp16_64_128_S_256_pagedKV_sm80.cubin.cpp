stub: upstream file of 1127213 bytes
