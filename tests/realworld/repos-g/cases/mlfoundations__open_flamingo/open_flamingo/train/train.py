stub: upstream file of 17559 bytes
