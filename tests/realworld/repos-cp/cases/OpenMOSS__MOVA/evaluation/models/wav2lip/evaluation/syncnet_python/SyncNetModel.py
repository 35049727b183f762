stub: upstream file of 3600 bytes
