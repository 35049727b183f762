stub: upstream file of 8405 bytes
