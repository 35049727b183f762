stub: upstream file of 10353 bytes
