stub: upstream file of 9456 bytes
