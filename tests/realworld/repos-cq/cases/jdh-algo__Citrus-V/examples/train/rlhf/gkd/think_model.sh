stub: upstream file of 1405 bytes
