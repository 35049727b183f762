stub: upstream file of 9199 bytes
