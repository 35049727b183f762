stub: upstream file of 39384 bytes
