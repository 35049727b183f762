stub: upstream file of 8491 bytes
