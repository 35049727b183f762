stub: upstream file of 9090 bytes
