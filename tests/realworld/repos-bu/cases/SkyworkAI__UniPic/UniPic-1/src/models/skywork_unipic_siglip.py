stub: upstream file of 11287 bytes
