stub: upstream file of 2055 bytes
