stub: upstream file of 27370 bytes
