stub: upstream file of 14038 bytes
