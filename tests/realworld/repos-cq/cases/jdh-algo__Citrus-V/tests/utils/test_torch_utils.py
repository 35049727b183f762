stub: upstream file of 391 bytes
