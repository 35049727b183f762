stub: upstream file of 15133 bytes
