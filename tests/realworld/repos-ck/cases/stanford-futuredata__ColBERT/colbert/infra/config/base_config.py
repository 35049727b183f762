stub: upstream file of 4071 bytes
