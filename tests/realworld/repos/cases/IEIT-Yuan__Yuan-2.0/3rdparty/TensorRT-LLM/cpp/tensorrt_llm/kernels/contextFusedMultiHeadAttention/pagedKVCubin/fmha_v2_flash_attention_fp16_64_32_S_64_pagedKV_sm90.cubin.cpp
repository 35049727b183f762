stub: upstream file of 322038 bytes
