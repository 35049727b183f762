stub: upstream file of 13055 bytes
