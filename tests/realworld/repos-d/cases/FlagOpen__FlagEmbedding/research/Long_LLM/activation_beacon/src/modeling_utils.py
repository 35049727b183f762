stub: upstream file of 30359 bytes
