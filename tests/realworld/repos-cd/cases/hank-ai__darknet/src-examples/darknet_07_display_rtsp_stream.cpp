stub: upstream file of 5986 bytes
