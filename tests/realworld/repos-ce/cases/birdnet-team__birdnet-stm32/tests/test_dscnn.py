stub: upstream file of 7038 bytes
