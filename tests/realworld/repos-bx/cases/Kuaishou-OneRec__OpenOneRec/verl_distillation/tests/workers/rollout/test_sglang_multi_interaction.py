stub: upstream file of 17845 bytes
