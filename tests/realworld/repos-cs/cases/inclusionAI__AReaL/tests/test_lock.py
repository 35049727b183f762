stub: upstream file of 1328 bytes
