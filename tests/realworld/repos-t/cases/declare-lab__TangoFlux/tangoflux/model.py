stub: upstream file of 20975 bytes
