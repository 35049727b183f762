stub: upstream file of 2180 bytes
