stub: upstream file of 52279 bytes
