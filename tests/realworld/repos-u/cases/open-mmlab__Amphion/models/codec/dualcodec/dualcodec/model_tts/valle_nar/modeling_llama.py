stub: upstream file of 77359 bytes
