stub: upstream file of 11391 bytes
