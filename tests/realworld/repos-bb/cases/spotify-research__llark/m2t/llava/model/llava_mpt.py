stub: upstream file of 20396 bytes
