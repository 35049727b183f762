stub: upstream file of 10038 bytes
