stub: upstream file of 19399 bytes
