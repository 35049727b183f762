stub: upstream file of 3038 bytes
