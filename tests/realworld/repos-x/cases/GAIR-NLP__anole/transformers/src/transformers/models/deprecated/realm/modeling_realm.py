stub: upstream file of 83476 bytes
