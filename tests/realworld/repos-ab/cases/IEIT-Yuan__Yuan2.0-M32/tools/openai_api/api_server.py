stub: upstream file of 30382 bytes
