stub: upstream file of 16451 bytes
