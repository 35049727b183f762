stub: upstream file of 7334 bytes
