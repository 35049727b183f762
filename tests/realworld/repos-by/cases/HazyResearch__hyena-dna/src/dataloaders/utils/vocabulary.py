stub: upstream file of 8376 bytes
