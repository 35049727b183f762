stub: upstream file of 22751 bytes
