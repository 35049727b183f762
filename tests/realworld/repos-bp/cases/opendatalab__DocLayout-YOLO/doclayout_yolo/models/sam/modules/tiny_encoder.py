stub: upstream file of 29138 bytes
