stub: upstream file of 8334 bytes
