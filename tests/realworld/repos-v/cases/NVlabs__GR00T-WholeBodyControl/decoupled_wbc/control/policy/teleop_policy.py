stub: upstream file of 8090 bytes
