stub: upstream file of 12405 bytes
