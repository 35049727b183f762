stub: upstream file of 61383 bytes
