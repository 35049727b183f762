stub: upstream file of 23537 bytes
