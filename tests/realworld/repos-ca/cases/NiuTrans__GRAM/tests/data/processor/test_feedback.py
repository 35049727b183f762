stub: upstream file of 2199 bytes
