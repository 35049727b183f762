stub: upstream file of 9946 bytes
