stub: upstream file of 461 bytes
