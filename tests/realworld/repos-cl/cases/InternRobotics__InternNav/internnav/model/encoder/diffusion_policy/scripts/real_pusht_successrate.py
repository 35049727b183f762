stub: upstream file of 2391 bytes
