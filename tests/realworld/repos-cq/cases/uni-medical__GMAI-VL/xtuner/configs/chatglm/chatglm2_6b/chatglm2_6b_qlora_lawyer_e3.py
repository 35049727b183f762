stub: upstream file of 8038 bytes
