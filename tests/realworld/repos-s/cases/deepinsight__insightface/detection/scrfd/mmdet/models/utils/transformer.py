stub: upstream file of 32038 bytes
