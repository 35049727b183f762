stub: upstream file of 27038 bytes
