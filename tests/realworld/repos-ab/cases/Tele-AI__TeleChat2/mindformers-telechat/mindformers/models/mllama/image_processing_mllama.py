stub: upstream file of 24254 bytes
