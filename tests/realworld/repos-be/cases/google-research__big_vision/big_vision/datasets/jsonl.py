stub: upstream file of 6508 bytes
