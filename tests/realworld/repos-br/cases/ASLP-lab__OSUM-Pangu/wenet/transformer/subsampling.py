stub: upstream file of 13491 bytes
