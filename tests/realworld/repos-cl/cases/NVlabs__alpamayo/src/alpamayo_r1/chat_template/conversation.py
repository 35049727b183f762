stub: upstream file of 11471 bytes
