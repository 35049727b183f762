stub: upstream file of 8624 bytes
