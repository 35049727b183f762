stub: upstream file of 17492 bytes
