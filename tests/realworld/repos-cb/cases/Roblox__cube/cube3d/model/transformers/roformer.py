stub: upstream file of 8933 bytes
