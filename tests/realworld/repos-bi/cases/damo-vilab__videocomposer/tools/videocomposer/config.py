stub: upstream file of 3483 bytes
