stub: upstream file of 12514 bytes
