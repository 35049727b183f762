stub: upstream file of 9038 bytes
