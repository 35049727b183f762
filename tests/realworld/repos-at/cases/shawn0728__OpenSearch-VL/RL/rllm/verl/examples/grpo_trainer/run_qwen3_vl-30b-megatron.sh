stub: upstream file of 4405 bytes
