stub: upstream file of 3055 bytes
