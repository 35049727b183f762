stub: upstream file of 28122 bytes
