stub: upstream file of 21176 bytes
