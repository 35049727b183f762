stub: upstream file of 10509 bytes
