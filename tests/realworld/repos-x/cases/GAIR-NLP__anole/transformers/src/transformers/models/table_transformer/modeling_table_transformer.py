stub: upstream file of 92455 bytes
