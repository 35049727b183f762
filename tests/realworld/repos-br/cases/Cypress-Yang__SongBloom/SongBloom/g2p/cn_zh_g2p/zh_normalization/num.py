stub: upstream file of 8391 bytes
