stub: upstream file of 40309 bytes
