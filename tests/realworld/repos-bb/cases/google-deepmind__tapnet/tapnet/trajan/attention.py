stub: upstream file of 6314 bytes
