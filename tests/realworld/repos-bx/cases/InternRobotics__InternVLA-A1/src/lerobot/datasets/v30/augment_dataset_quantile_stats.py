stub: upstream file of 8768 bytes
