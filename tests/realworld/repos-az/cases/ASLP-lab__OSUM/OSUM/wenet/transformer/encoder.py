stub: upstream file of 24347 bytes
