stub: upstream file of 10287 bytes
