stub: upstream file of 8055 bytes
