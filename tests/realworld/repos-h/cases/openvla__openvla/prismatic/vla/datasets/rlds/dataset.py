stub: upstream file of 28038 bytes
