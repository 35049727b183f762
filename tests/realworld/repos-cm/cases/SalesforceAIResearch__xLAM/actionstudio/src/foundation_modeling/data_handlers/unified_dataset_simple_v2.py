stub: upstream file of 3594 bytes
