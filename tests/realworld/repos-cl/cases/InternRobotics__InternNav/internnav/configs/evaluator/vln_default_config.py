stub: upstream file of 11309 bytes
