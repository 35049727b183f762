stub: upstream file of 48038 bytes
