stub: upstream file of 23299 bytes
