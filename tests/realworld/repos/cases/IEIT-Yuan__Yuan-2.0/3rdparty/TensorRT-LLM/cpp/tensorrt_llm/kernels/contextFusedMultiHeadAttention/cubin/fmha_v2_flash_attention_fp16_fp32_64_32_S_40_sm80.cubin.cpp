stub: upstream file of 314173 bytes
