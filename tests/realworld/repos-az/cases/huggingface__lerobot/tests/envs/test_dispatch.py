stub: upstream file of 5525 bytes
