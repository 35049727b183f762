stub: upstream file of 4318 bytes
