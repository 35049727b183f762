stub: upstream file of 18334 bytes
