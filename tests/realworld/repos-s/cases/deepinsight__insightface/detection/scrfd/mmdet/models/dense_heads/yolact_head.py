stub: upstream file of 39435 bytes
