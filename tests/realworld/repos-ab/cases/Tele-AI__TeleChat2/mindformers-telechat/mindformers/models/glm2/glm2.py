stub: upstream file of 27280 bytes
