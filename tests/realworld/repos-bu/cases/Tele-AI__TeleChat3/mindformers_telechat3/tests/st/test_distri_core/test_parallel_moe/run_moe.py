stub: upstream file of 14491 bytes
