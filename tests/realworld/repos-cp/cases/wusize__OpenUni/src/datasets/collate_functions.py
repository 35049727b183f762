stub: upstream file of 6038 bytes
