stub: upstream file of 18474 bytes
