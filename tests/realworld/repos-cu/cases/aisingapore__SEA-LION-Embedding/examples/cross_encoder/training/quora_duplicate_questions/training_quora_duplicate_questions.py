stub: upstream file of 4462 bytes
