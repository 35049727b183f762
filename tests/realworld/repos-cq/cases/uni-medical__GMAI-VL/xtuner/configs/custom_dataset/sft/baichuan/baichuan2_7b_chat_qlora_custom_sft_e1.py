stub: upstream file of 7460 bytes
