stub: upstream file of 8355 bytes
