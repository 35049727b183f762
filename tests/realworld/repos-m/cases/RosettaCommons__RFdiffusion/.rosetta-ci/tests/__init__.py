stub: upstream file of 33128 bytes
