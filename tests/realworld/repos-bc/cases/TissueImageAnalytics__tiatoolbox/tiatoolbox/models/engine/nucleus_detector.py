stub: upstream file of 54751 bytes
