stub: upstream file of 11884 bytes
