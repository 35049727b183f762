stub: upstream file of 1280 bytes
