stub: upstream file of 13038 bytes
