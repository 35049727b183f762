stub: upstream file of 27995 bytes
