stub: upstream file of 8190 bytes
