stub: upstream file of 8309 bytes
