stub: upstream file of 14405 bytes
