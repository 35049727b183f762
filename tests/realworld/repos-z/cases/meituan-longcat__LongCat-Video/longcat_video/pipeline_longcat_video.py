stub: upstream file of 62038 bytes
