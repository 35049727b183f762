stub: upstream file of 8817 bytes
