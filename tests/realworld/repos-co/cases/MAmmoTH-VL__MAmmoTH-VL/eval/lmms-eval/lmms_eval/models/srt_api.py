stub: upstream file of 13751 bytes
