stub: upstream file of 12038 bytes
