stub: upstream file of 1508 bytes
