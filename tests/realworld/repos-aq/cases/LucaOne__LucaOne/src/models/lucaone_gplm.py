stub: upstream file of 36038 bytes
