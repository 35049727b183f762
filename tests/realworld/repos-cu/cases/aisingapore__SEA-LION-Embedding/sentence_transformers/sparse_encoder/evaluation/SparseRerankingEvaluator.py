stub: upstream file of 9095 bytes
