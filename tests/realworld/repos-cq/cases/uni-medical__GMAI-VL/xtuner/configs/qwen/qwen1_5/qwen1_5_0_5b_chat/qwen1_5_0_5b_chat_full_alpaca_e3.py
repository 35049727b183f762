stub: upstream file of 6689 bytes
