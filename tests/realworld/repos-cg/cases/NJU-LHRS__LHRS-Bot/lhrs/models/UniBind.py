stub: upstream file of 10392 bytes
