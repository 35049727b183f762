stub: upstream file of 16055 bytes
