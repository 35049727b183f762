stub: upstream file of 1038 bytes
