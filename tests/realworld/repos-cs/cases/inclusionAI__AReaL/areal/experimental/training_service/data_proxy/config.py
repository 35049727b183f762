stub: upstream file of 405 bytes
