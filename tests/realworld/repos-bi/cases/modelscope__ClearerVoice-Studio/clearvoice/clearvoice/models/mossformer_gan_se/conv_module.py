stub: upstream file of 18367 bytes
