stub: upstream file of 28287 bytes
