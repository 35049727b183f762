stub: upstream file of 8082 bytes
