stub: upstream file of 1509 bytes
