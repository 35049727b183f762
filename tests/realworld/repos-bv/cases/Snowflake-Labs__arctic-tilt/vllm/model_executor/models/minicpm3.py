stub: upstream file of 9366 bytes
