stub: upstream file of 5157 bytes
