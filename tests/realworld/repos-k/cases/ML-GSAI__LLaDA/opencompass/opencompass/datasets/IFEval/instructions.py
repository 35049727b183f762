stub: upstream file of 57345 bytes
