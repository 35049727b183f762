stub: upstream file of 40273 bytes
