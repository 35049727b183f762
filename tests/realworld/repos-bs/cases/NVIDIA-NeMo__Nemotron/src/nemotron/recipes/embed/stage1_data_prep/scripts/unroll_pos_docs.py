stub: upstream file of 5038 bytes
