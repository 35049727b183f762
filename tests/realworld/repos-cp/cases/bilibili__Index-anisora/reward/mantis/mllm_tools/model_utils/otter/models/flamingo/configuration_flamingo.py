stub: upstream file of 4423 bytes
