stub: upstream file of 37975 bytes
