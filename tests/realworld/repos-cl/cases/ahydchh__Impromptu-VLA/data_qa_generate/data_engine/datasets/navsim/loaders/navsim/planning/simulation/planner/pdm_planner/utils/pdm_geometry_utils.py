stub: upstream file of 3509 bytes
