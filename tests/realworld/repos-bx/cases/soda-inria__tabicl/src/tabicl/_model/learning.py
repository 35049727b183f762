stub: upstream file of 30055 bytes
