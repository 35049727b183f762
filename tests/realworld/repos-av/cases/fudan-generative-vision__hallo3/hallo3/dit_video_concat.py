stub: upstream file of 33038 bytes
