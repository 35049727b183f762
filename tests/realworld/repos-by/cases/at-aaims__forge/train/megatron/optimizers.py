stub: upstream file of 15437 bytes
