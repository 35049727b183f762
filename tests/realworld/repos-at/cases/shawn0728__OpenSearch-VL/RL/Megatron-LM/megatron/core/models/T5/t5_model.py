stub: upstream file of 22094 bytes
