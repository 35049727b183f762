stub: upstream file of 92055 bytes
