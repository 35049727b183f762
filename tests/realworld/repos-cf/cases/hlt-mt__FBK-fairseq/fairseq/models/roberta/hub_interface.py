stub: upstream file of 8845 bytes
