stub: upstream file of 33936 bytes
